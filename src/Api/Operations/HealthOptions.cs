namespace Wuzhong.Api.Operations;

/// <summary>Configuration section <c>Health</c>.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>How long <c>/health/ready</c> waits for the database before it answers Unhealthy (503).</summary>
    public double TimeoutSeconds { get; set; } = 2;
}
