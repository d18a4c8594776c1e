package org.kasang.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The organisations and people of the generated programme, held in arrays (a few bytes per member): CBOs spread
 * over the gazetteer's communes in proportion to province population, members with their profile, and staff.
 * Ids continue after whatever the database holds already.
 */
final class Registry {

    /** The 25 provinces (gazetteer code, English, Khmer, 2019 census population in thousands). */
    private static final Object[][] PROVINCES = {
            {"01", "Banteay Meanchey", "បន្ទាយមានជ័យ", 861}, {"02", "Battambang", "បាត់ដំបង", 987},
            {"03", "Kampong Cham", "កំពង់ចាម", 899}, {"04", "Kampong Chhnang", "កំពង់ឆ្នាំង", 525},
            {"05", "Kampong Speu", "កំពង់ស្ពឺ", 877}, {"06", "Kampong Thom", "កំពង់ធំ", 677},
            {"07", "Kampot", "កំពត", 592}, {"08", "Kandal", "កណ្ដាល", 1195}, {"09", "Koh Kong", "កោះកុង", 123},
            {"10", "Kratie", "ក្រចេះ", 372}, {"11", "Mondul Kiri", "មណ្ឌលគិរី", 88},
            {"12", "Phnom Penh", "ភ្នំពេញ", 2129}, {"13", "Preah Vihear", "ព្រះវិហារ", 254},
            {"14", "Prey Veng", "ព្រៃវែង", 1057}, {"15", "Pursat", "ពោធិ៍សាត់", 411},
            {"16", "Ratanak Kiri", "រតនគិរី", 204}, {"17", "Siem Reap", "សៀមរាប", 1014},
            {"18", "Preah Sihanouk", "ព្រះសីហនុ", 302}, {"19", "Stung Treng", "ស្ទឹងត្រែង", 160},
            {"20", "Svay Rieng", "ស្វាយរៀង", 525}, {"21", "Takeo", "តាកែវ", 900},
            {"22", "Oddar Meanchey", "ឧត្តរមានជ័យ", 276}, {"23", "Kep", "កែប", 42}, {"24", "Pailin", "ប៉ៃលិន", 75},
            {"25", "Tbong Khmum", "ត្បូងឃ្មុំ", 776}};
    static final String SCALE_MARK = " (scale data)";

    static final byte FEMALE = 0, MALE = 1, OTHER = 2, NOT_STATED = 3;
    static final String[] SEXES = {"FEMALE", "MALE", "OTHER", "NOT_STATED"};

    record Commune(long id, String nameEn, String districtCode, int province) {
    }

    final List<Commune> communes = new ArrayList<>();
    int provinces;

    // CBOs, by index 0..n-1; id = cboBase + 1 + index
    long cboBase;
    int[] cboCommune;
    boolean[] target;
    byte[] cboStatus; // 0 active, 1 dormant, 2 closed
    int[] cboCreatedDay;
    int[] firstMember, memberCount;
    /** the coach who works with the CBO (its first assignment), -1 for none */
    int[] coachOf;
    /** CBO indexes in geographic order, as coaches are assigned */
    int[] geographic;

    // members, by index 0..m-1, contiguous per CBO
    long personBase;
    int[] personOffset;
    int[] cboOfMember;
    byte[] sex;
    short[] birthYear;
    boolean[] disabled;
    int[] joinDay, leaveDay;
    long[] accountOf;
    float[] ability;
    String[] names;

    // staff: coaches, then admins, then trainers; person and account ids follow the members'
    long accountBase;
    int learnerAccounts;
    int coaches, admins, trainers;
    long membershipBase, assignmentBase;

    long cboId(int cbo) {
        return cboBase + 1 + cbo;
    }

    long personId(int member) {
        return personBase + 1 + personOffset[member];
    }

    long staffPerson(int staff) {
        return personBase + 1 + cboOfMember.length + staff;
    }

    long staffAccount(int staff) {
        return accountBase + 1 + learnerAccounts + staff;
    }

    long coachPerson(int coach) {
        return staffPerson(coach);
    }

    long coachAccount(int coach) {
        return staffAccount(coach);
    }

    long adminPerson(int admin) {
        return staffPerson(coaches + admin);
    }

    boolean active(int cbo) {
        return cboStatus[cbo] == 0;
    }

    /** Reads the gazetteer; with {@code allProvinces}, adds the provinces it lacks and placeholder communes for them. */
    void places(Connection connection, boolean allProvinces, Report report) throws SQLException {
        if (allProvinces) {
            addMissingProvinces(connection, report);
        }
        Map<String, Integer> provinceIndex = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select c.id, c.name_en, d.code as district, p.code as province
                     from commune c join district d on d.id = c.district_id join province p on p.id = d.province_id
                     order by p.code, d.code, c.code, c.id""")) {
            while (rs.next()) {
                int province = provinceIndex.computeIfAbsent(rs.getString("province"), k -> provinceIndex.size());
                communes.add(new Commune(rs.getLong("id"), rs.getString("name_en").replace(SCALE_MARK, ""),
                        rs.getString("district"), province));
            }
        }
        provinces = provinceIndex.size();
        if (communes.isEmpty()) {
            throw new IllegalStateException("the database has no communes: run the migrations first");
        }
    }

    private void addMissingProvinces(Connection connection, Report report) throws SQLException {
        long added = 0, districts = 0, placeholderCommunes = 0;
        for (Object[] p : PROVINCES) {
            String code = (String) p[0];
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into province (code, name_en, name_km) values (?, ?, ?) on conflict (code) do nothing""")) {
                insert.setString(1, code);
                insert.setString(2, (String) p[1]);
                insert.setString(3, (String) p[2]);
                added += insert.executeUpdate();
            }
            boolean hasCommunes;
            try (PreparedStatement q = connection.prepareStatement("""
                    select exists (select 1 from commune c join district d on d.id = c.district_id
                                   join province p on p.id = d.province_id where p.code = ?)""")) {
                q.setString(1, code);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    hasCommunes = rs.getBoolean(1);
                }
            }
            if (hasCommunes) {
                continue;
            }
            // Placeholders, marked as such: codes 91-94 are unused in every province of the gazetteer.
            for (int d = 1; d <= 4; d++) {
                String district = code + "9" + d;
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into district (province_id, code, kind, name_en, name_km)
                        select id, ?, 'DISTRICT', ?, ? from province where code = ?""")) {
                    insert.setString(1, district);
                    insert.setString(2, p[1] + " district " + d + SCALE_MARK);
                    insert.setString(3, "ស្រុកទី" + Vocabulary.khmerNumber(d) + " " + p[2] + " (ទិន្នន័យសាកល្បង)");
                    insert.setString(4, code);
                    districts += insert.executeUpdate();
                }
                for (int k = 1; k <= 6; k++) {
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into commune (district_id, code, kind, name_en, name_km)
                            select id, ?, 'COMMUNE', ?, ? from district where code = ?""")) {
                        insert.setString(1, district + "0" + k);
                        insert.setString(2, p[1] + " " + d + "." + k + SCALE_MARK);
                        insert.setString(3, "ឃុំទី" + Vocabulary.khmerNumber(d) + "." + Vocabulary.khmerNumber(k) + " "
                                + p[2] + " (ទិន្នន័យសាកល្បង)");
                        insert.setString(4, district);
                        placeholderCommunes += insert.executeUpdate();
                    }
                }
            }
        }
        report.rows("province", added);
        report.rows("district", districts);
        report.rows("commune", placeholderCommunes);
    }

    /** Decides every CBO and member (nothing is written yet). */
    void people(Options o, Seeds seeds, int startDay, int untilDay, long[] bases) {
        cboBase = bases[0];
        personBase = bases[1];
        accountBase = bases[2];
        membershipBase = bases[3];
        assignmentBase = bases[4];
        int n = o.cbos();
        cboCommune = new int[n];
        target = new boolean[n];
        cboStatus = new byte[n];
        cboCreatedDay = new int[n];
        // Slots in geographic order: CBOs per province by population, spread over its communes district by district.
        int[] slots = geographicSlots(n);
        int[] order = permutation(n, seeds.of(Seeds.PLACE, 0));
        geographic = new int[n];
        for (int g = 0; g < n; g++) {
            int cbo = order[g];
            geographic[g] = cbo;
            cboCommune[cbo] = slots[g];
            // Target CBOs are spread evenly over the country.
            target[cbo] = (long) g * Math.round(o.targetShare() * 10_000) / 10_000
                    != (long) (g + 1) * Math.round(o.targetShare() * 10_000) / 10_000;
        }
        for (int cbo = 0; cbo < n; cbo++) {
            SplittableRandom r = seeds.of(Seeds.CBO, cbo);
            double u = r.nextDouble();
            cboStatus[cbo] = target[cbo] || u < 0.90 ? 0 : u < 0.97 ? (byte) 1 : (byte) 2;
            cboCreatedDay[cbo] = startDay - 30 - r.nextInt(700);
        }
        members(o, seeds, startDay, untilDay);
        coaches = Math.min(o.coaches(), o.cbosPerCoach() == 0 ? 0 : o.coaches());
        admins = o.admins();
        trainers = o.trainers();
        coachOf = new int[n];
        java.util.Arrays.fill(coachOf, -1);
        int per = Math.min(o.cbosPerCoach(), n);
        for (int c = coaches - 1; c >= 0; c--) {
            for (int k = 0; k < per; k++) {
                coachOf[geographic[(c * per + k) % n]] = c;
            }
        }
    }

    private int[] geographicSlots(int n) {
        double[] weight = new double[provinces];
        List<List<Integer>> byProvince = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            byProvince.add(new ArrayList<>());
        }
        Map<String, List<Integer>> byDistrict = new LinkedHashMap<>();
        for (int i = 0; i < communes.size(); i++) {
            byDistrict.computeIfAbsent(communes.get(i).districtCode(), k -> new ArrayList<>()).add(i);
        }
        // Interleave districts so that neighbouring slots of a province fall in different districts.
        for (int round = 0; ; round++) {
            boolean any = false;
            for (List<Integer> district : byDistrict.values()) {
                if (round < district.size()) {
                    int commune = district.get(round);
                    byProvince.get(communes.get(commune).province()).add(commune);
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        Map<String, Integer> population = new LinkedHashMap<>();
        for (Object[] p : PROVINCES) {
            population.put((String) p[0], (Integer) p[3]);
        }
        List<String> codes = communes.stream().map(c -> c.districtCode().substring(0, 2)).distinct().toList();
        for (int p = 0; p < provinces; p++) {
            weight[p] = population.getOrDefault(codes.get(p), 300);
        }
        // Every province gets a CBO first when there are enough, then the rest go by population.
        boolean everywhere = n >= provinces;
        int[] counts = apportion(everywhere ? n - provinces : n, weight);
        if (everywhere) {
            for (int p = 0; p < provinces; p++) {
                counts[p]++;
            }
        }
        int[] slots = new int[n];
        int g = 0;
        for (int p = 0; p < provinces; p++) {
            List<Integer> places = byProvince.get(p);
            for (int k = 0; k < counts[p]; k++) {
                slots[g++] = places.get(k % places.size());
            }
        }
        return slots;
    }

    private void members(Options o, Seeds seeds, int startDay, int untilDay) {
        int n = o.cbos(), m = o.members();
        double[] weight = new double[n];
        for (int cbo = 0; cbo < n; cbo++) {
            SplittableRandom r = seeds.of(Seeds.CBO, cbo, 1);
            weight[cbo] = Math.exp(0.6 * r.nextGaussian()) * (target[cbo] ? 1.5 : 1);
        }
        memberCount = apportion(m, weight);
        firstMember = new int[n];
        for (int cbo = 1; cbo < n; cbo++) {
            firstMember[cbo] = firstMember[cbo - 1] + memberCount[cbo - 1];
        }
        personOffset = permutation(m, seeds.of(Seeds.MEMBER, -1));
        cboOfMember = new int[m];
        sex = new byte[m];
        birthYear = new short[m];
        disabled = new boolean[m];
        joinDay = new int[m];
        leaveDay = new int[m];
        accountOf = new long[m];
        ability = new float[m];
        names = new String[m];
        int year = java.time.LocalDate.ofEpochDay(untilDay).getYear();
        int accounts = 0;
        for (int cbo = 0; cbo < n; cbo++) {
            for (int k = 0; k < memberCount[cbo]; k++) {
                int i = firstMember[cbo] + k;
                SplittableRandom r = seeds.of(Seeds.MEMBER, i);
                cboOfMember[i] = cbo;
                double u = r.nextDouble();
                sex[i] = u < o.women() ? FEMALE : u < o.women() + (1 - o.women()) * 0.98 ? MALE
                        : r.nextBoolean() ? OTHER : NOT_STATED;
                int age = r.nextDouble() < o.youth() ? 15 + r.nextInt(16) : 31 + (int) Math.min(39, Seeds.exponential(r, 14));
                birthYear[i] = (short) (year - age);
                disabled[i] = r.nextDouble() < o.disability();
                int founded = Math.max(cboCreatedDay[cbo], startDay - 3 * 365);
                joinDay[i] = r.nextDouble() < 0.8 ? founded + r.nextInt(Math.max(1, startDay - founded))
                        : startDay + r.nextInt(Math.max(1, untilDay - 30 - startDay));
                leaveDay[i] = Integer.MAX_VALUE;
                if (r.nextDouble() < 0.03) {
                    int from = Math.max(joinDay[i], startDay) + 60;
                    if (from < untilDay - 1) {
                        leaveDay[i] = from + r.nextInt(untilDay - 1 - from);
                    }
                }
                if (r.nextDouble() < o.learnerShare()) {
                    accountOf[i] = accountBase + 1 + accounts++;
                }
                ability[i] = (float) Math.max(0.25, Math.min(0.97, 0.72 + 0.13 * r.nextGaussian()));
                names[i] = Vocabulary.name(r, sex[i] == FEMALE || (sex[i] != MALE && r.nextBoolean()));
            }
        }
        learnerAccounts = accounts;
    }

    /** Splits a total over weights by largest remainders, so the parts add up exactly. */
    static int[] apportion(int total, double[] weight) {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        int[] parts = new int[weight.length];
        double[] remainder = new double[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = total * weight[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] byRemainder = new Integer[weight.length];
        for (int i = 0; i < weight.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            parts[byRemainder[k % weight.length]]++;
        }
        return parts;
    }

    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
