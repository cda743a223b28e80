namespace Wuzhong.Api.Caching;

/// <summary>
/// A cacheable request on its way: its key, what its answer depends on, and the change version this process had taken
/// in before it ran (an answer is kept only if no change was taken in meanwhile).
/// </summary>
public sealed record CacheTicket(string Key, CacheDependency Dependency, long Version);
