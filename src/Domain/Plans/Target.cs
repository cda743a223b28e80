namespace Wuzhong.Domain.Plans;

/// <summary>One of the plan's main expected economic and social targets (主要预期目标).</summary>
public class Target
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }

    public int Number { get; set; }
    public required string Name { get; set; }
    public required string Text { get; set; }

    public List<TargetDepartment> Departments { get; set; } = [];
    public List<TargetLeader> Leaders { get; set; } = [];

    /// <summary>The districts named as responsible (主要责任板块), in the document's order; most targets name none (——).</summary>
    public List<TargetDistrict> Districts { get; set; } = [];
}
