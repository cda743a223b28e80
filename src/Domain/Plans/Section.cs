namespace Wuzhong.Domain.Plans;

/// <summary>
/// A part of the task breakdown: 打好三场硬仗, the programmes (一)–(六), 全面建设人民满意政府.
/// Task numbers are unique within a section's <see cref="NumberingScope"/>, not within the plan.
/// </summary>
public class Section
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>Order in the document, 1-based.</summary>
    public int Ordinal { get; set; }

    public required string Title { get; set; }

    /// <summary>
    /// Sections that share a scope continue one numbering of groups and tasks: 打好三场硬仗 numbers its own
    /// tasks (1)–(8) while the programmes and the last section share (1)–(100).
    /// </summary>
    public int NumberingScope { get; set; }

    public List<TaskGroup> Groups { get; set; } = [];
}
