
namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// What a connection page came from, so that aggregates can be computed over the same filtered set: its scope
/// (0 for a root connection, the parent's id for a nested one) and the query of the items of any set of scopes.
/// </summary>
public sealed record ConnectionScope<T>(int Id, Func<IReadOnlyCollection<int>, IQueryable<Scoped<T>>> Items, object Key);
