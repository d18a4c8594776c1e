-- Communes of eight more districts of the programme's provinces, so that the demo programme maps its CBOs in
-- 40 districts as the programme report does. Same pattern and sources as V2: gazetteer codes and NCDD
-- romanisation, cross-checked against a public copy of the gazetteer (the open "pumi" dataset), which agrees
-- with V2 wherever both list a district. Chosen districts are ones the 2019-2023 reforms did not split.
insert into commune (district_id, code, kind, name_en, name_km)
select ds.id, c.code,
       case ds.kind when 'DISTRICT' then 'COMMUNE' else 'SANGKAT' end,
       c.name_en, c.name_km
from (values
    -- 0104 Preah Netr Preah
    ('010401', 'Chnuor Mean Chey',           'ឈ្នួរមានជ័យ'),
    ('010402', 'Chob Vari',                  'ជប់វារី'),
    ('010403', 'Phnum Lieb',                 'ភ្នំលៀប'),
    ('010404', 'Prasat',                     'ប្រាសាទ'),
    ('010405', 'Preah Netr Preah',           'ព្រះនេត្រព្រះ'),
    ('010406', 'Rohal',                      'រហាល'),
    ('010407', 'Tean Kam',                   'ទានកាំ'),
    ('010408', 'Tuek Chour',                 'ទឹកជោរ'),
    ('010409', 'Bos Sbov',                   'បុស្បូវ'),
    -- 0108 Svay Chek
    ('010801', 'Phkoam',                     'ផ្គាំ'),
    ('010802', 'Sarongk',                    'សារង្គ'),
    ('010803', 'Sla Kram',                   'ស្លក្រាម'),
    ('010804', 'Svay Chek',                  'ស្វាយចេក'),
    ('010805', 'Ta Baen',                    'តាបែន'),
    ('010806', 'Ta Phou',                    'តាផូ'),
    ('010807', 'Treas',                      'ទ្រាស'),
    ('010808', 'Roluos',                     'រលួស'),
    -- 0604 Prasat Ballangk
    ('060401', 'Doung',                      'ដូង'),
    ('060402', 'Kraya',                      'ក្រយា'),
    ('060403', 'Phan Nheum',                 'ផាន់ញើម'),
    ('060404', 'Sakream',                    'សាគ្រាម'),
    ('060405', 'Sala Visai',                 'សាលាវិស័យ'),
    ('060406', 'Sameakki',                   'សាមគ្គី'),
    ('060407', 'Tuol Kreul',                 'ទួលគ្រើល'),
    -- 0605 Prasat Sambour
    ('060501', 'Chhuk',                      'ឈូក'),
    ('060502', 'Koul',                       'គោល'),
    ('060503', 'Sambour',                    'សំបូរណ៍'),
    ('060504', 'Sraeung',                    'ស្រើង'),
    ('060505', 'Tang Krasau',                'តាំងក្រសៅ'),
    -- 0803 Khsach Kandal
    ('080301', 'Bak Dav',                    'បាក់ដាវ'),
    ('080302', 'Chey Thum',                  'ជ័យធំ'),
    ('080303', 'Kampong Chamlang',           'កំពង់ចំលង'),
    ('080304', 'Kaoh Chouram',               'កោះចូរ៉ាម'),
    ('080305', 'Kaoh Oknha Tei',             'កោះឧកញ៉ាតី'),
    ('080306', 'Preah Prasab',               'ព្រះប្រសប់'),
    ('080307', 'Preaek Ampil',               'ព្រែកអំពិល'),
    ('080308', 'Preaek Luong',               'ព្រែកលួង'),
    ('080309', 'Preaek Ta Kov',              'ព្រែកតាកូវ'),
    ('080310', 'Preaek Ta Meak',             'ព្រែកតាមាក់'),
    ('080311', 'Puk Ruessei',                'ពុកឫស្សី'),
    ('080312', 'Roka Chonlueng',             'រកាជន្លឹង'),
    ('080313', 'Sanlung',                    'សន្លុង'),
    ('080314', 'Sithor',                     'ស៊ីធរ'),
    ('080315', 'Svay Chrum',                 'ស្វាយជ្រំ'),
    ('080316', 'Svay Romiet',                'ស្វាយរមៀត'),
    ('080317', 'Ta Aek',                     'តាឯក'),
    ('080318', 'Vihear Suork',               'វិហារសួគ៌'),
    -- 0805 Leuk Daek
    ('080501', 'Kampong Phnum',              'កំពង់ភ្នំ'),
    ('080502', 'K''am Samnar',               'ក្អមសំណរ'),
    ('080503', 'Khpob Ateav',                'ខ្ពបអាទាវ'),
    ('080504', 'Peam Reang',                 'ពាមរាំង'),
    ('080505', 'Preaek Dach',                'ព្រែកដាច់'),
    ('080506', 'Preaek Tonloab',             'ព្រែកទន្លាប់'),
    ('080507', 'Sandar',                     'សណ្ដារ'),
    -- 0807 Mukh Kampul
    ('080703', 'Preaek Anhchanh',            'ព្រែកអញ្ចាញ'),
    ('080704', 'Preaek Dambang',             'ព្រែកដំបង'),
    ('080707', 'Roka Kong Ti Muoy',          'រកាកោង ទី ១'),
    ('080708', 'Roka Kong Ti Pir',           'រកាកោង ទី ២'),
    ('080709', 'Ruessei Chrouy',             'ឫស្សីជ្រោយ'),
    ('080710', 'Sambuor Meas',               'សំបួរមាស'),
    ('080711', 'Svay Ampear',                'ស្វាយអំពារ'),
    -- 0808 Angk Snuol
    ('080801', 'Baek Chan',                  'បែកចាន'),
    ('080803', 'Chhak Chheu Neang',          'ឆក់ឈើនាង'),
    ('080804', 'Damnak Ampil',               'ដំណាក់អំពិល'),
    ('080807', 'Krang Mkak',                 'ក្រាំងម្កាក់'),
    ('080808', 'Lumhach',                    'លំហាច'),
    ('080809', 'Mkak',                       'ម្កាក់'),
    ('080811', 'Peuk',                       'ពើក'),
    ('080813', 'Prey Puoch',                 'ព្រៃពួច'),
    ('080814', 'Samraong Leu',               'សំរោងលើ'),
    ('080816', 'Tuol Prech',                 'ទួលព្រេជ')
) as c (code, name_en, name_km)
join district ds on ds.code = left(c.code, 4);
