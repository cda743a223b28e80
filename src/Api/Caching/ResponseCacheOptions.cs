namespace Wuzhong.Api.Caching;

/// <summary>The response cache of queries (section <c>Caching</c>).</summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "Caching";

    public bool Enabled { get; set; } = true;

    /// <summary>The bytes of answers one process keeps; the least used are dropped beyond it.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>A larger answer is not kept (it would push out many small ones).</summary>
    public int MaxEntryKilobytes { get; set; } = 1024;
}
