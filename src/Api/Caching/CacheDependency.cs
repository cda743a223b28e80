namespace Wuzhong.Api.Caching;

/// <summary>What a cached answer was computed from, so that a change drops only the answers it can affect.</summary>
[Flags]
public enum CacheDependency
{
    /// <summary>The plan's structure and anything else a bulk change (import, rebuild, closed period) may touch: every answer.</summary>
    Plan = 1,

    /// <summary>Progress reports and their projection: anything but the targets' own answers.</summary>
    ProgressReports = 2,

    /// <summary>Target reports: the answers that show a target, its goals or its reports.</summary>
    TargetReports = 4,

    All = Plan | ProgressReports | TargetReports,
}
