namespace Wuzhong.Domain.Organisation;

/// <summary>A responsible department (主要责任部门) under its canonical short name.</summary>
public class Department
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The issuer whose department this is: names are unique per issuer, not across them.</summary>
    public int IssuerId { get; set; }

    public Issuer? Issuer { get; set; }

    /// <summary>Other spellings met in documents, e.g. 污染防治攻坚办 for 污防攻坚办.</summary>
    public List<string> Aliases { get; set; } = [];

    public DepartmentKind Kind { get; set; }

    /// <summary>The tasks the department is responsible for, as links (★ is on the link).</summary>
    public List<Plans.TaskDepartment> TaskLinks { get; set; } = [];
}
