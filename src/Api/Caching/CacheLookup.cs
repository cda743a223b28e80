namespace Wuzhong.Api.Caching;

/// <summary>
/// What the cache says of a request: the answer to serve (null: run it), the ticket to keep the new answer under, and
/// whether the database could not say what changed in time (the request is then answered as the database is: unavailable).
/// </summary>
public sealed record CacheLookup(CachedResponse? Hit, CacheTicket Ticket, bool Unavailable);
