using GraphQL.DataLoader;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Collects the keys that the resolvers of one level of the response ask for and fetches them in one query
/// when the first result is awaited. GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after every
/// other resolver at that level ran, so each nesting level costs one SQL statement, whatever the row count.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var values = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = values.TryGetValue(k, out var value) ? value : missing;
            }
        }
        return _loaded.TryGetValue(key, out var result) ? result : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
