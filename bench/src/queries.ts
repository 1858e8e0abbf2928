/** The GraphQL operations the bench sends and the hand-written SQL it compares them with. */
export const HOP_QUERY = `query Leaders($tambonCode: ID) { leaders(page: { limit: 15 }, filter: { tambonCode: $tambonCode }) { totalCount nodes { id title firstName lastName tambonCode cohortYear status } } }`;
export const BUDGET_QUERY = `query Budget($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) {
    awardCount awardedTotal disbursedTotal paidTotal remainingTotal
    byProvince { provinceCode awardCount awardedTotal disbursedTotal paidTotal remainingTotal }
  }
}`;
export const BUDGET_SQL = `
  SELECT a.province_code AS provinceCode, COUNT(*) AS awardCount, SUM(a.amount_satang) AS awarded, SUM(a.disbursed_satang) AS disbursed,
         SUM(COALESCE((SELECT SUM(d.amount_satang) FROM disbursement d WHERE d.award_id = a.id AND d.status = 'PAID'), 0)) AS paid
  FROM award a WHERE a.fiscal_year = ? GROUP BY a.province_code ORDER BY a.province_code`;
export const LEADER_PAGE_QUERY = `query Page($offset: Int!) { leaders(page: { limit: 500, offset: $offset }) { totalCount nodes { id title firstName lastName communityRole tambonCode districtCode provinceCode cohortYear status } } }`;
export const LEADER_PAGE_SQL = `
  SELECT id, title, first_name, last_name, community_role, tambon_code, district_code, province_code, cohort_year, status
  FROM leader WHERE deleted_at IS NULL ORDER BY last_name_key ASC, first_name_key ASC, id ASC LIMIT 500 OFFSET ?`;
export const LEADER_CURSOR_QUERY = `query Page($after: String!) { leaders(page: { limit: 500, after: $after }) { nextCursor nodes { id title firstName lastName communityRole tambonCode districtCode provinceCode cohortYear status } } }`;
/** The same page by keyset in raw SQL: the rows after the cursor's (last name, first name, id), 501 to know whether more follow. */
export const LEADER_KEYSET_SQL = `
  SELECT id, title, first_name, last_name, community_role, tambon_code, district_code, province_code, cohort_year, status
  FROM leader WHERE deleted_at IS NULL AND last_name_key >= ?
    AND (last_name_key > ? OR (last_name_key = ? AND (first_name_key > ? OR (first_name_key = ? AND id > ?))))
  ORDER BY last_name_key ASC, first_name_key ASC, id ASC LIMIT 501`;
export const LEADER_COUNT_SQL = `SELECT COUNT(*) AS n FROM leader WHERE deleted_at IS NULL`;
export const PROVINCE_NESTED = `query ProvinceNested($code: ID!, $limit: Int!) {
  province(code: $code) {
    code
    tambons(page: { limit: $limit }) {
      totalCount
      nodes {
        code nameTh
        leaders(page: { limit: 5 }) { totalCount nodes { id firstName lastName } }
        events(page: { limit: 5 }) { totalCount nodes { id title } }
        nominations(page: { limit: 5 }) { totalCount nodes { id round status } }
        awards(page: { limit: 5 }) { totalCount nodes { id level } }
      }
    }
  }
}`;

export const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`;
