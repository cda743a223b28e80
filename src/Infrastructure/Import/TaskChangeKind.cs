namespace Wuzhong.Infrastructure.Import;

/// <summary>What a re-imported (corrected or amended) plan did to one of the tasks already in the database.</summary>
public enum TaskChangeKind
{
    /// <summary>A task the database did not hold.</summary>
    Added,

    /// <summary>A withdrawn task whose text is in the plan again: it is back, with its reports.</summary>
    Restored,

    /// <summary>The same text under another number or in another section (a task was inserted or removed before it).</summary>
    Renumbered,

    /// <summary>The text changed (a correction or an amendment), close enough to be the same task: it keeps its id and reports.</summary>
    Amended,

    /// <summary>No longer in the plan and never reported: deleted.</summary>
    Removed,

    /// <summary>No longer in the plan but reported on: kept with its reports as withdrawn, out of every list and figure.</summary>
    Withdrawn,
}
