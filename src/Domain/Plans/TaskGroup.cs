namespace Wuzhong.Domain.Plans;

/// <summary>A group of tasks under one 序号 / 名称 (e.g. 1 打好区域协同总体仗).</summary>
public class TaskGroup
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }

    public int Number { get; set; }
    public required string Name { get; set; }

    public List<WorkTask> Tasks { get; set; } = [];
}
