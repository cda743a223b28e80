namespace Wuzhong.Domain.Plans;

/// <summary>A link from a task to one of what the document names for it (a department, a district, a leader), in the document's order.</summary>
public interface ITaskLink
{
    int WorkTaskId { get; }

    /// <summary>Position in the document's list, 0-based.</summary>
    int Position { get; }
}
