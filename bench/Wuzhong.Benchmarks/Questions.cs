namespace Wuzhong.Benchmarks;

/// <summary>The dashboards' questions the side-by-side benchmark (bench/peer) asks too, as GraphQL documents.</summary>
public static class Questions
{
    public const string Headline = """
        query Headline { tasks(where: { departments: { some: { department: { name: { eq: "资规分局" } } } } districts: { some: { name: { eq: "金庭镇" } } } },
                                order: [{ number: ASC }], first: 1000) { nodes { number text leadDepartments { name } } } }
        """;

    /// <summary>The headline question with its values as variables, as a dashboard that varies them sends it.</summary>
    public const string HeadlineVaried = """
        query Headline($department: String!, $district: String!) {
          tasks(where: { departments: { some: { department: { name: { eq: $department } } } } districts: { some: { name: { eq: $district } } } },
                order: [{ number: ASC }], first: 1000) { nodes { number text leadDepartments { name } } } }
        """;

    public const string Grouped = """
        query Grouped { tasks { groupedAggregates(groupBy: [LEADER]) { keys { leader { name } } aggregates { count } } } }
        """;

    public const string Page = """
        query Page { tasks(first: 50, order: [{ number: ASC }]) { nodes { number text departments { isLead department { name } } districts { name } leaders { name } } } }
        """;

    public const string Compliance = """
        query Compliance { reportingCompliance(period: "2023-06", by: DEPARTMENT) { rank department { name } expected onTime late missing onTimeRate } }
        """;

    public const string Trend = """
        query Trend { tasks { groupedAggregates(groupBy: [PERIOD]) { keys { period { label } } aggregates { count completedCount overdueCount averageProgress } } } }
        """;

    public const string DepartmentByStatus = """
        query DepartmentByStatus { tasks { groupedAggregates(groupBy: [DEPARTMENT, STATUS], having: { count: { gte: 3 } }, order: [{ count: DESC }], first: 10) {
          keys { department { name } status } aggregates { count averageProgress } } } }
        """;

    /// <summary>The floor: no database at all.</summary>
    public const string TypeName = "{ __typename }";

    /// <summary>The floor of a data field: one statement, one row, one column.</summary>
    public const string OneRow = "{ tasks(first: 1) { nodes { number } } }";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["typename"] = TypeName,
        ["one-row"] = OneRow,
        ["headline"] = Headline,
        ["grouped"] = Grouped,
        ["page"] = Page,
        ["compliance"] = Compliance,
        ["trend"] = Trend,
        ["department-status"] = DepartmentByStatus,
    };
}
