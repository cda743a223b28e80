namespace Wuzhong.GraphQLEngine.Data;

/// <summary>The batch loaders of one request (a scoped service), found by name and by the field's place in the document.</summary>
public sealed class BatchLoaders
{
    private readonly Dictionary<(string Name, object? Scope), object> _loaders = [];

    /// <param name="name">What the loader reads, e.g. "WorkTask.departments".</param>
    /// <param name="scope">Tells apart loaders whose fetch depends on field arguments (pass the field's AST node).</param>
    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, object? scope,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue((name, scope), out var loader))
        {
            loader = new BatchLoader<TKey, TValue>(fetch, missing);
            _loaders.Add((name, scope), loader);
        }
        return (BatchLoader<TKey, TValue>)loader;
    }
}
