namespace Wuzhong.Api.Caching;

/// <summary>A query's serialized answer, its entity tag, and the instant past which the clock alone may change it.</summary>
public sealed record CachedResponse(byte[] Body, string MediaType, string ETag, DateTimeOffset ValidUntil);
