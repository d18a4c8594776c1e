-- Kasang reference geography: the nine provinces of the programme, all of their districts /
-- municipalities / khans, and the communes / sangkats of selected districts.
--
-- Source: names and codes follow the administrative gazetteer of the Ministry of Interior as published
-- by the National Committee for Sub-National Democratic Development (NCDD). Written from knowledge and
-- cross-checked against public copies of the gazetteer code lists; not a download of an official file.
--   * English uses the NCDD romanisation (e.g. Phnum Srok, Kaoh Thum, Chraoy Chongvar, Praek Pnov).
--   * Khmer is Khmer Unicode without the unit word (ខេត្ត, ស្រុក/ក្រុង/ខណ្ឌ, ឃុំ/សង្កាត់): `kind` says which.
--   * Structure is the current one, after the 2019-2023 reforms: Phnom Penh has 14 khans (Boeng Keng Kang
--     and Kamboul added); Taing Kouk (Kampong Thom), Ou Krieng Saen Chey (Kratie) and Ta Lou Senchey
--     (Pursat) exist; Ta Khmau is a municipality of ten sangkats; Kandal has the municipalities Sampov Pun
--     and Akreiy Ksatr; Odongk (0505) was split into Odongk Maechey municipality (0509) and Sameakki
--     Munichey district (0510), so there is no 0505.
--
-- Codes: all province, district and commune codes below are the official gazetteer codes (province =
-- 2 digits, district = province + 2, commune = district + 2); none was assigned sequentially. Commune
-- codes keep the gaps left where communes moved to another district (e.g. 0601 Baray gave eight of its
-- communes to 0609 Taing Kouk). For Phnom Penh, 1210 = Chraoy Chongvar, 1211 = Praek Pnov,
-- 1212 = Chbar Ampov as in the gazetteer; some postal-code lists number those three khans differently.
--
-- Communes: only the districts listed in the commune section are seeded (at least two per province).
-- The remaining communes can be added by later migrations with the same pattern (values joined to
-- district on code). A commune's kind follows its district: SANGKAT in a municipality or khan,
-- COMMUNE in a rural district.

-- ── provinces ────────────────────────────────────────────────────────────────────────────────────
insert into province (code, name_en, name_km) values
    ('01', 'Banteay Meanchey', 'បន្ទាយមានជ័យ'),
    ('05', 'Kampong Speu',     'កំពង់ស្ពឺ'),
    ('06', 'Kampong Thom',     'កំពង់ធំ'),
    ('08', 'Kandal',           'កណ្ដាល'),
    ('10', 'Kratie',           'ក្រចេះ'),
    ('12', 'Phnom Penh',       'ភ្នំពេញ'),
    ('15', 'Pursat',           'ពោធិ៍សាត់'),
    ('21', 'Takeo',            'តាកែវ'),
    ('23', 'Kep',              'កែប');

-- ── districts, municipalities, khans (province = first two digits of the code) ─────────────────
insert into district (province_id, code, kind, name_en, name_km)
select p.id, d.code, d.kind, d.name_en, d.name_km
from (values
    -- 01 Banteay Meanchey
    ('0102', 'DISTRICT',     'Mongkol Borei',        'មង្គលបូរី'),
    ('0103', 'DISTRICT',     'Phnum Srok',           'ភ្នំស្រុក'),
    ('0104', 'DISTRICT',     'Preah Netr Preah',     'ព្រះនេត្រព្រះ'),
    ('0105', 'DISTRICT',     'Ou Chrov',             'អូរជ្រៅ'),
    ('0106', 'MUNICIPALITY', 'Serei Saophoan',       'សិរីសោភ័ណ'),
    ('0107', 'DISTRICT',     'Thma Puok',            'ថ្មពួក'),
    ('0108', 'DISTRICT',     'Svay Chek',            'ស្វាយចេក'),
    ('0109', 'DISTRICT',     'Malai',                'ម៉ាឡៃ'),
    ('0110', 'MUNICIPALITY', 'Paoy Paet',            'ប៉ោយប៉ែត'),
    -- 05 Kampong Speu (0505 Odongk retired)
    ('0501', 'DISTRICT',     'Basedth',              'បរសេដ្ឋ'),
    ('0502', 'MUNICIPALITY', 'Chbar Mon',            'ច្បារមន'),
    ('0503', 'DISTRICT',     'Kong Pisei',           'គងពិសី'),
    ('0504', 'DISTRICT',     'Aoral',                'ឱរ៉ាល់'),
    ('0506', 'DISTRICT',     'Phnum Sruoch',         'ភ្នំស្រួច'),
    ('0507', 'DISTRICT',     'Samraong Tong',        'សំរោងទង'),
    ('0508', 'DISTRICT',     'Thpong',               'ថ្ពង'),
    ('0509', 'MUNICIPALITY', 'Odongk Maechey',       'ឧដុង្គម៉ែជ័យ'),
    ('0510', 'DISTRICT',     'Sameakki Munichey',    'សាមគ្គីមុនីជ័យ'),
    -- 06 Kampong Thom
    ('0601', 'DISTRICT',     'Baray',                'បារាយណ៍'),
    ('0602', 'DISTRICT',     'Kampong Svay',         'កំពង់ស្វាយ'),
    ('0603', 'MUNICIPALITY', 'Stueng Saen',          'ស្ទឹងសែន'),
    ('0604', 'DISTRICT',     'Prasat Ballangk',      'ប្រាសាទបល្ល័ង្គ'),
    ('0605', 'DISTRICT',     'Prasat Sambour',       'ប្រាសាទសំបូរ'),
    ('0606', 'DISTRICT',     'Sandan',               'សណ្ដាន់'),
    ('0607', 'DISTRICT',     'Santuk',               'សន្ទុក'),
    ('0608', 'DISTRICT',     'Stoung',               'ស្ទោង'),
    ('0609', 'DISTRICT',     'Taing Kouk',           'តាំងគោក'),
    -- 08 Kandal
    ('0801', 'DISTRICT',     'Kandal Stueng',        'កណ្ដាលស្ទឹង'),
    ('0802', 'DISTRICT',     'Kien Svay',            'កៀនស្វាយ'),
    ('0803', 'DISTRICT',     'Khsach Kandal',        'ខ្សាច់កណ្ដាល'),
    ('0804', 'DISTRICT',     'Kaoh Thum',            'កោះធំ'),
    ('0805', 'DISTRICT',     'Leuk Daek',            'លើកដែក'),
    ('0806', 'DISTRICT',     'Lvea Aem',             'ល្វាឯម'),
    ('0807', 'DISTRICT',     'Mukh Kampul',          'មុខកំពូល'),
    ('0808', 'DISTRICT',     'Angk Snuol',           'អង្គស្នួល'),
    ('0809', 'DISTRICT',     'Ponhea Lueu',          'ពញាឮ'),
    ('0810', 'DISTRICT',     'S''ang',               'ស្អាង'),
    ('0811', 'MUNICIPALITY', 'Ta Khmau',             'តាខ្មៅ'),
    ('0812', 'MUNICIPALITY', 'Sampov Pun',           'សំពៅពូន'),
    ('0813', 'MUNICIPALITY', 'Akreiy Ksatr',         'អរិយក្សត្រ'),
    -- 10 Kratie
    ('1001', 'DISTRICT',     'Chhloung',             'ឆ្លូង'),
    ('1002', 'MUNICIPALITY', 'Kracheh',              'ក្រចេះ'),
    ('1003', 'DISTRICT',     'Prek Prasab',          'ព្រែកប្រសព្វ'),
    ('1004', 'DISTRICT',     'Sambour',              'សំបូរ'),
    ('1005', 'DISTRICT',     'Snuol',                'ស្នួល'),
    ('1006', 'DISTRICT',     'Chetr Borei',          'ចិត្របុរី'),
    ('1007', 'DISTRICT',     'Ou Krieng Saen Chey',  'អូរគ្រៀងសែនជ័យ'),
    -- 12 Phnom Penh (capital: every district is a khan)
    ('1201', 'KHAN',         'Chamkar Mon',          'ចំការមន'),
    ('1202', 'KHAN',         'Doun Penh',            'ដូនពេញ'),
    ('1203', 'KHAN',         'Prampir Meakkakra',    '៧មករា'),
    ('1204', 'KHAN',         'Tuol Kouk',            'ទួលគោក'),
    ('1205', 'KHAN',         'Dangkao',              'ដង្កោ'),
    ('1206', 'KHAN',         'Mean Chey',            'មានជ័យ'),
    ('1207', 'KHAN',         'Russey Keo',           'ឫស្សីកែវ'),
    ('1208', 'KHAN',         'Saensokh',             'សែនសុខ'),
    ('1209', 'KHAN',         'Pur Senchey',          'ពោធិ៍សែនជ័យ'),
    ('1210', 'KHAN',         'Chraoy Chongvar',      'ជ្រោយចង្វារ'),
    ('1211', 'KHAN',         'Praek Pnov',           'ព្រែកព្នៅ'),
    ('1212', 'KHAN',         'Chbar Ampov',          'ច្បារអំពៅ'),
    ('1213', 'KHAN',         'Boeng Keng Kang',      'បឹងកេងកង'),
    ('1214', 'KHAN',         'Kamboul',              'កំបូល'),
    -- 15 Pursat
    ('1501', 'DISTRICT',     'Bakan',                'បាកាន'),
    ('1502', 'DISTRICT',     'Kandieng',             'កណ្ដៀង'),
    ('1503', 'DISTRICT',     'Krakor',               'ក្រគរ'),
    ('1504', 'DISTRICT',     'Phnum Kravanh',        'ភ្នំក្រវ៉ាញ'),
    ('1505', 'MUNICIPALITY', 'Pursat',               'ពោធិ៍សាត់'),
    ('1506', 'DISTRICT',     'Veal Veaeng',          'វាលវែង'),
    ('1507', 'DISTRICT',     'Ta Lou Senchey',       'តាលោសែនជ័យ'),
    -- 21 Takeo
    ('2101', 'DISTRICT',     'Angkor Borei',         'អង្គរបូរី'),
    ('2102', 'DISTRICT',     'Bati',                 'បាទី'),
    ('2103', 'DISTRICT',     'Borei Cholsar',        'បូរីជលសារ'),
    ('2104', 'DISTRICT',     'Kiri Vong',            'គីរីវង់'),
    ('2105', 'DISTRICT',     'Kaoh Andaet',          'កោះអណ្ដែត'),
    ('2106', 'DISTRICT',     'Prey Kabbas',          'ព្រៃកប្បាស'),
    ('2107', 'DISTRICT',     'Samraong',             'សំរោង'),
    ('2108', 'MUNICIPALITY', 'Doun Kaev',            'ដូនកែវ'),
    ('2109', 'DISTRICT',     'Tram Kak',             'ត្រាំកក់'),
    ('2110', 'DISTRICT',     'Treang',               'ទ្រាំង'),
    -- 23 Kep
    ('2301', 'DISTRICT',     'Damnak Chang''aeur',   'ដំណាក់ចង្អើរ'),
    ('2302', 'MUNICIPALITY', 'Kaeb',                 'កែប')
) as d (code, kind, name_en, name_km)
join province p on p.code = left(d.code, 2);

-- ── communes and sangkats (district = first four digits of the code) ────────────────────────────
insert into commune (district_id, code, kind, name_en, name_km)
select ds.id, c.code,
       case ds.kind when 'DISTRICT' then 'COMMUNE' else 'SANGKAT' end,
       c.name_en, c.name_km
from (values
    -- 0102 Mongkol Borei
    ('010201', 'Banteay Neang',              'បន្ទាយនាង'),
    ('010202', 'Bat Trang',                  'បត់ត្រង់'),
    ('010203', 'Chamnaom',                   'ចំណោម'),
    ('010204', 'Kouk Ballangk',              'គោកបល្ល័ង្គ'),
    ('010205', 'Koy Maeng',                  'គយម៉ែង'),
    ('010206', 'Ou Prasat',                  'អូរប្រាសាទ'),
    ('010207', 'Phnum Touch',                'ភ្នំតូច'),
    ('010208', 'Rohat Tuek',                 'រហាត់ទឹក'),
    ('010209', 'Ruessei Kraok',              'ឫស្សីក្រោក'),
    ('010210', 'Sambuor',                    'សំបួរ'),
    ('010211', 'Soea',                       'សឿ'),
    ('010212', 'Srah Reang',                 'ស្រះរាំង'),
    ('010213', 'Ta Lam',                     'តាឡំ'),
    -- 0103 Phnum Srok
    ('010301', 'Nam Tau',                    'ណាំតៅ'),
    ('010302', 'Poy Char',                   'ប៉ោយចារ'),
    ('010303', 'Ponley',                     'ពន្លៃ'),
    ('010304', 'Spean Sraeng',               'ស្ពានស្រែង'),
    ('010305', 'Srah Chik',                  'ស្រះជីក'),
    ('010306', 'Phnum Dei',                  'ភ្នំដី'),
    -- 0106 Serei Saophoan
    ('010602', 'Kampong Svay',               'កំពង់ស្វាយ'),
    ('010603', 'Kaoh Pong Satv',             'កោះពងសត្វ'),
    ('010604', 'Mkak',                       'ម្កាក់'),
    ('010605', 'Ou Ambel',                   'អូរអំបិល'),
    ('010606', 'Phniet',                     'ភ្នៀត'),
    ('010607', 'Preah Ponlea',               'ព្រះពន្លា'),
    ('010608', 'Tuek Thla',                  'ទឹកថ្លា'),
    -- 0110 Paoy Paet
    ('011001', 'Nimitt',                     'និមិត្ត'),
    ('011002', 'Paoy Paet',                  'ប៉ោយប៉ែត'),
    ('011003', 'Phsar Kandal',               'ផ្សារកណ្ដាល'),
    ('011004', 'Ou Chrov',                   'អូរជ្រៅ'),
    ('011005', 'Ou Ruessei',                 'អូរឫស្សី'),
    -- 0501 Basedth
    ('050101', 'Basedth',                    'បរសេដ្ឋ'),
    ('050102', 'Kat Phluk',                  'កាត់ភ្លុក'),
    ('050103', 'Nitean',                     'និទាន'),
    ('050104', 'Pheakdei',                   'ភក្ដី'),
    ('050105', 'Pheari Mean Chey',           'ភារីមានជ័យ'),
    ('050106', 'Phong',                      'ផុង'),
    ('050107', 'Pou Angkrang',               'ពោធិអង្ក្រង'),
    ('050108', 'Pou Chamraeun',              'ពោធិ៍ចំរើន'),
    ('050109', 'Pou Mreal',                  'ពោធិ៍ម្រាល'),
    ('050110', 'Svay Chacheb',               'ស្វាយចចិប'),
    ('050111', 'Tuol Ampil',                 'ទួលអំពិល'),
    ('050112', 'Tuol Sala',                  'ទួលសាលា'),
    ('050113', 'Kak',                        'កក់'),
    ('050114', 'Svay Rumpear',               'ស្វាយរំពារ'),
    ('050115', 'Preah Khae',                 'ព្រះខែ'),
    -- 0502 Chbar Mon
    ('050201', 'Chbar Mon',                  'ច្បារមន'),
    ('050202', 'Kandaol Dom',                'កណ្ដោលដុំ'),
    ('050203', 'Rokar Thum',                 'រការធំ'),
    ('050204', 'Sopoar Tep',                 'សុព័រទេព'),
    ('050205', 'Svay Kravan',                'ស្វាយក្រវ៉ាន់'),
    -- 0503 Kong Pisei
    ('050301', 'Angk Popel',                 'អង្គពពេល'),
    ('050302', 'Chongruk',                   'ជង្រុក'),
    ('050303', 'Moha Ruessei',               'មហាឫស្សី'),
    ('050304', 'Pechr Muni',                 'ពេជ្រមុនី'),
    ('050305', 'Preah Nipean',               'ព្រះនិព្វាន'),
    ('050306', 'Prey Nheat',                 'ព្រៃញាតិ'),
    ('050307', 'Prey Vihear',                'ព្រៃវិហារ'),
    ('050308', 'Roka Kaoh',                  'រកាកោះ'),
    ('050309', 'Sdok',                       'ស្ដុក'),
    ('050310', 'Snam Krapeu',                'ស្នំក្រពើ'),
    ('050311', 'Srang',                      'ស្រង់'),
    ('050312', 'Tuek L''ak',                 'ទឹកល្អក់'),
    ('050313', 'Veal',                       'វាល'),
    -- 0509 Odongk Maechey
    ('050901', 'Veang Chas',                 'វាំងចាស់'),
    ('050902', 'Veal Pong',                  'វាលពង់'),
    ('050903', 'Trach Tong',                 'ត្រាចទង'),
    ('050904', 'Preah Srae',                 'ព្រះស្រែ'),
    ('050905', 'Khsem Khsant',               'ក្សេមក្សាន្ដ'),
    -- 0510 Sameakki Munichey
    ('051001', 'Chan Saen',                  'ចាន់សែន'),
    ('051002', 'Cheung Roas',                'ជើងរាស់'),
    ('051003', 'Chumpu Proeks',              'ជំពូព្រឹក្ស'),
    ('051004', 'Krang Chek',                 'ក្រាំងចេក'),
    ('051005', 'Mean Chey',                  'មានជ័យ'),
    ('051006', 'Prey Krasang',               'ព្រៃក្រសាំង'),
    ('051007', 'Yutth Sameakki',             'យុទ្ធសាមគ្គី'),
    ('051008', 'Damnak Reang',               'ដំណាក់រាំង'),
    ('051009', 'Peang Lvea',                 'ពាំងល្វា'),
    ('051010', 'Phnum Touch',                'ភ្នំតូច'),
    -- 0601 Baray
    ('060101', 'Bak Sna',                    'បាក់ស្នា'),
    ('060102', 'Ballangk',                   'បល្ល័ង្គ'),
    ('060103', 'Baray',                      'បារាយណ៍'),
    ('060104', 'Boeng',                      'បឹង'),
    ('060105', 'Chaeung Daeung',             'ចើងដើង'),
    ('060107', 'Chhuk Khsach',               'ឈូកខ្សាច់'),
    ('060108', 'Chong Doung',                'ចុងដូង'),
    ('060110', 'Kokir Thum',                 'គគីធំ'),
    ('060111', 'Krava',                      'ក្រវ៉ា'),
    ('060117', 'Tnaot Chum',                 'ត្នោតជុំ'),
    -- 0603 Stueng Saen
    ('060301', 'Damrei Choan Khla',          'ដំរីជាន់ខ្លា'),
    ('060302', 'Kampong Thum',               'កំពង់ធំ'),
    ('060303', 'Kampong Roteh',              'កំពង់រទេះ'),
    ('060304', 'Ou Kanthor',                 'អូរកន្ធរ'),
    ('060306', 'Kampong Krabau',             'កំពង់ក្របៅ'),
    ('060308', 'Prey Ta Hu',                 'ព្រៃតាហ៊ូ'),
    ('060309', 'Achar Leak',                 'អាចារ្យលាក់'),
    ('060310', 'Srayov',                     'ស្រយ៉ូវ'),
    -- 0609 Taing Kouk
    ('060901', 'Pongro',                     'ពង្រ'),
    ('060902', 'Chraneang',                  'ច្រនាង'),
    ('060903', 'Chrolong',                   'ជ្រលង'),
    ('060904', 'Triel',                      'ទ្រៀល'),
    ('060905', 'Sou Young',                  'សូយោង'),
    ('060906', 'Sralau',                     'ស្រឡៅ'),
    ('060907', 'Svay Phleung',               'ស្វាយភ្លើង'),
    ('060908', 'Andoung Pou',                'អណ្ដូងពោធិ៍'),
    -- 0802 Kien Svay
    ('080201', 'Banteay Daek',               'បន្ទាយដែក'),
    ('080202', 'Chheu Teal',                 'ឈើទាល'),
    ('080203', 'Dei Edth',                   'ដីឥដ្ឋ'),
    ('080204', 'Kampong Svay',               'កំពង់ស្វាយ'),
    ('080206', 'Kokir',                      'គគីរ'),
    ('080207', 'Kokir Thum',                 'គគីរធំ'),
    ('080208', 'Phum Thum',                  'ភូមិធំ'),
    ('080211', 'Samraong Thum',              'សំរោងធំ'),
    -- 0809 Ponhea Lueu
    ('080901', 'Chhveang',                   'ឈ្វាំង'),
    ('080902', 'Chrey Loas',                 'ជ្រៃលាស់'),
    ('080903', 'Kampong Luong',              'កំពង់ហ្លួង'),
    ('080904', 'Kampong Os',                 'កំពង់អុស'),
    ('080905', 'Kaoh Chen',                  'កោះចិន'),
    ('080906', 'Phnum Bat',                  'ភ្នំបាត'),
    ('080907', 'Ponhea Lueu',                'ពញាឮ'),
    ('080910', 'Preaek Ta Teaen',            'ព្រែកតាទែន'),
    ('080911', 'Phsar Daek',                 'ផ្សារដែក'),
    ('080913', 'Tumnob Thum',                'ទំនប់ធំ'),
    ('080914', 'Vihear Luong',               'វិហារហ្លួង'),
    -- 0811 Ta Khmau
    ('081101', 'Ta Kdol',                    'តាក្ដុល'),
    ('081102', 'Preaek Ruessei',             'ព្រែកឫស្សី'),
    ('081103', 'Daeum Mien',                 'ដើមមៀន'),
    ('081104', 'Ta Khmau',                   'តាខ្មៅ'),
    ('081105', 'Preaek Hour',                'ព្រែកហូរ'),
    ('081106', 'Kampong Samnanh',            'កំពង់សំណាញ់'),
    ('081107', 'Svay Rolum',                 'ស្វាយរលំ'),
    ('081108', 'Kaoh Anlong Chen',           'កោះអន្លង់ចិន'),
    ('081109', 'Setbou',                     'សិត្បូ'),
    ('081110', 'Roka Khpos',                 'រកាខ្ពស់'),
    -- 1001 Chhloung
    ('100101', 'Chhloung',                   'ឆ្លូង'),
    ('100102', 'Damrei Phong',               'ដំរីផុង'),
    ('100103', 'Han Chey',                   'ហាន់ជ័យ'),
    ('100104', 'Kampong Damrei',             'កំពង់ដំរី'),
    ('100105', 'Kanhchor',                   'កញ្ជរ'),
    ('100106', 'Khsach Andaet',              'ខ្សាច់អណ្ដែត'),
    ('100107', 'Pongro',                     'ពង្រ'),
    ('100108', 'Preaek Saman',               'ព្រែកសាម៉ាន់'),
    -- 1002 Kracheh
    ('100207', 'Kaoh Trong',                 'កោះទ្រង់'),
    ('100208', 'Krakor',                     'ក្រគរ'),
    ('100209', 'Kracheh',                    'ក្រចេះ'),
    ('100210', 'Ou Ruessei',                 'អូរឫស្សី'),
    ('100211', 'Roka Kandal',                'រកាកណ្ដាល'),
    -- 1007 Ou Krieng Saen Chey
    ('100701', 'Kbal Damrei',                'ក្បាលដំរី'),
    ('100702', 'Ou Krieng',                  'អូរគ្រៀង'),
    ('100703', 'Ou Kandie Saen Chey',        'អូរកណ្ដៀរសែនជ័យ'),
    ('100704', 'Roluos Mean Chey',           'រលួសមានជ័យ'),
    ('100705', 'Srae Chis',                  'ស្រែជិះ'),
    -- 1201 Chamkar Mon
    ('120101', 'Tonle Basak',                'ទន្លេបាសាក់'),
    ('120109', 'Tuol Tumpung Ti Pir',        'ទួលទំពូងទី២'),
    ('120110', 'Tuol Tumpung Ti Muoy',       'ទួលទំពូងទី១'),
    ('120111', 'Boeng Trabaek',              'បឹងត្របែក'),
    ('120112', 'Phsar Daeum Thkov',          'ផ្សារដើមថ្កូវ'),
    -- 1202 Doun Penh
    ('120201', 'Phsar Thmei Ti Muoy',        'ផ្សារថ្មីទី១'),
    ('120202', 'Phsar Thmei Ti Pir',         'ផ្សារថ្មីទី២'),
    ('120203', 'Phsar Thmei Ti Bei',         'ផ្សារថ្មីទី៣'),
    ('120204', 'Boeng Reang',                'បឹងរាំង'),
    ('120205', 'Phsar Kandal Ti Muoy',       'ផ្សារកណ្ដាលទី១'),
    ('120206', 'Phsar Kandal Ti Pir',        'ផ្សារកណ្ដាលទី២'),
    ('120207', 'Chakto Mukh',                'ចតុមុខ'),
    ('120208', 'Chey Chumneah',              'ជ័យជំនះ'),
    ('120209', 'Phsar Chas',                 'ផ្សារចាស់'),
    ('120210', 'Srah Chak',                  'ស្រះចក'),
    ('120211', 'Voat Phnum',                 'វត្តភ្នំ'),
    -- 1210 Chraoy Chongvar
    ('121001', 'Chrouy Changvar',            'ជ្រោយចង្វារ'),
    ('121002', 'Preaek Lieb',                'ព្រែកលៀប'),
    ('121003', 'Preaek Ta Sek',              'ព្រែកតាសេក'),
    ('121004', 'Kaoh Dach',                  'កោះដាច់'),
    ('121005', 'Bak Kaeng',                  'បាក់ខែង'),
    -- 1212 Chbar Ampov
    ('121201', 'Chbar Ampov Ti Muoy',        'ច្បារអំពៅទី១'),
    ('121202', 'Chbar Ampov Ti Pir',         'ច្បារអំពៅទី២'),
    ('121203', 'Nirouth',                    'និរោធ'),
    ('121204', 'Preaek Pra',                 'ព្រែកប្រា'),
    ('121205', 'Veal Sbov',                  'វាលស្បូវ'),
    ('121206', 'Preaek Aeng',                'ព្រែកឯង'),
    ('121207', 'Kbal Kaoh',                  'ក្បាលកោះ'),
    ('121208', 'Preaek Thmei',               'ព្រែកថ្មី'),
    -- 1213 Boeng Keng Kang
    ('121301', 'Boeng Keng Kang Ti Muoy',    'បឹងកេងកងទី១'),
    ('121302', 'Boeng Keng Kang Ti Pir',     'បឹងកេងកងទី២'),
    ('121303', 'Boeng Keng Kang Ti Bei',     'បឹងកេងកងទី៣'),
    ('121304', 'Olympic',                    'អូឡាំពិក'),
    ('121305', 'Tumnob Tuek',                'ទំនប់ទឹក'),
    ('121306', 'Tuol Svay Prey Ti Muoy',     'ទួលស្វាយព្រៃទី១'),
    ('121307', 'Tuol Svay Prey Ti Pir',      'ទួលស្វាយព្រៃទី២'),
    -- 1214 Kamboul
    ('121401', 'Kamboul',                    'កំបូល'),
    ('121402', 'Kantaok',                    'កន្ទោក'),
    ('121403', 'Ovlaok',                     'ឪឡោក'),
    ('121404', 'Snaor',                      'ស្នោរ'),
    ('121405', 'Phleung Chheh Roteh',        'ភ្លើងឆេះរទេះ'),
    ('121406', 'Boeng Thum',                 'បឹងធំ'),
    ('121407', 'Prateah Lang',               'ប្រទះឡាង'),
    -- 1504 Phnum Kravanh
    ('150401', 'Bak Chenhchien',             'បាក់ចិញ្ចៀន'),
    ('150402', 'Leach',                      'លាច'),
    ('150404', 'Prongil',                    'ព្រងិល'),
    ('150405', 'Rokat',                      'រកាត'),
    ('150406', 'Santreae',                   'សន្ទ្រែ'),
    ('150407', 'Samraong',                   'សំរោង'),
    -- 1505 Pursat
    ('150501', 'Chamraeun Phal',             'ចំរើនផល'),
    ('150503', 'Lolok Sa',                   'លលកស'),
    ('150504', 'Phteah Prey',                'ផ្ទះព្រៃ'),
    ('150505', 'Prey Nhi',                   'ព្រៃញី'),
    ('150506', 'Roleab',                     'រលាប'),
    ('150507', 'Svay At',                    'ស្វាយអាត់'),
    ('150508', 'Banteay Dei',                'បន្ទាយដី'),
    -- 1507 Ta Lou Senchey
    ('150701', 'Ta Lou',                     'តាលោ'),
    ('150702', 'Phteah Rung',                'ផ្ទះរុង'),
    -- 2101 Angkor Borei
    ('210101', 'Angkor Borei',               'អង្គរបូរី'),
    ('210102', 'Ba Srae',                    'បាស្រែ'),
    ('210103', 'Kouk Thlok',                 'គោកធ្លក'),
    ('210104', 'Ponley',                     'ពន្លៃ'),
    ('210105', 'Preaek Phtoul',              'ព្រែកផ្ទោល'),
    ('210106', 'Prey Phkoam',                'ព្រៃផ្គាំ'),
    -- 2108 Doun Kaev
    ('210801', 'Baray',                      'បារាយណ៍'),
    ('210802', 'Roka Knong',                 'រកាក្នុង'),
    ('210803', 'Roka Krau',                  'រកាក្រៅ'),
    -- 2109 Tram Kak
    ('210901', 'Angk Ta Saom',               'អង្គតាសោម'),
    ('210902', 'Cheang Tong',                'ជាងទង'),
    ('210903', 'Kus',                        'គុស'),
    ('210904', 'Leay Bour',                  'លាយបូរ'),
    ('210905', 'Nhaeng Nhang',               'ញ៉ែងញ៉ង'),
    ('210906', 'Ou Saray',                   'អូរសារាយ'),
    ('210907', 'Trapeang Kranhoung',         'ត្រពាំងក្រញូង'),
    ('210908', 'Otdam Soriya',               'ឧត្ដមសុរិយា'),
    ('210909', 'Popel',                      'ពពេល'),
    ('210910', 'Samraong',                   'សំរោង'),
    ('210911', 'Srae Ronoung',               'ស្រែរនោង'),
    ('210912', 'Ta Phem',                    'តាភេម'),
    ('210913', 'Tram Kak',                   'ត្រាំកក់'),
    ('210914', 'Trapeang Thum Khang Cheung', 'ត្រពាំងធំខាងជើង'),
    ('210915', 'Trapeang Thum Khang Tboung', 'ត្រពាំងធំខាងត្បូង'),
    -- 2301 Damnak Chang'aeur
    ('230101', 'Angkaol',                    'អង្កោល'),
    ('230103', 'Pong Tuek',                  'ពងទឹក'),
    -- 2302 Kaeb
    ('230201', 'Kaeb',                       'កែប'),
    ('230202', 'Prey Thum',                  'ព្រៃធំ'),
    ('230203', 'Ou Krasar',                  'អូរក្រសារ')
) as c (code, name_en, name_km)
join district ds on ds.code = left(c.code, 4);
