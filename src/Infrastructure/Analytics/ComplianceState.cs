namespace Wuzhong.Infrastructure.Analytics;

/// <summary>What came of one expected report (a task, a department responsible for it, a period), at a moment.</summary>
public enum ComplianceState
{
    /// <summary>First submitted by the due date.</summary>
    OnTime,

    /// <summary>First submitted after the due date.</summary>
    Late,

    /// <summary>Not received; the period's due date has not come yet.</summary>
    Pending,

    /// <summary>Not received although the due date has passed.</summary>
    Missing,
}
