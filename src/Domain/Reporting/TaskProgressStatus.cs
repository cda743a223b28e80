namespace Wuzhong.Domain.Reporting;

/// <summary>The status a progress report gives a task; <see cref="NotReported"/> until a report exists.</summary>
public enum TaskProgressStatus
{
    NotReported,
    NotStarted,
    OnTrack,
    AtRisk,
    Delayed,
    Completed,
}
