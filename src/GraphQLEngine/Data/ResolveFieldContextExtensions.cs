using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>What resolvers need from a request: its DbContext, its batch loaders, and what the query selects.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The request's DbContext: the application registers its context as <see cref="DbContext"/> too.</summary>
    public static DbContext Data(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DbContext>();

    public static BatchLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BatchLoaders>();

    /// <summary>Whether the field's selection set (fragments included) asks for the named sub-field.</summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == fieldName) == true;

    /// <summary>
    /// One entity by id, batched with every other one asked for at the same level of the response. Query filters are
    /// ignored: what an id names stays reachable (a withdrawn task, from its reports or <c>node(id:)</c>) though lists leave it out.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id) where T : class
    {
        var db = context.Data();
        return context.Loaders().Get<int, T?>($"{typeof(T).Name}.byId", null, async (ids, cancellationToken) =>
        {
            var set = db.Set<T>().IgnoreQueryFilters().AsNoTracking();
            if (EntityId<T>.IsLong)
            {
                var longIds = ids.Select(i => (long)i).ToList();
                set = set.Where(e => longIds.Contains(EF.Property<long>(e, "Id")));
            }
            else
            {
                set = set.Where(e => ids.Contains(EF.Property<int>(e, "Id")));
            }
            var rows = await set.ToListAsync(cancellationToken);
            return rows.ToDictionary(EntityId<T>.Of, T? (e) => e);
        }, null).Load(id);
    }

    /// <summary>The children of one parent, read for every parent at the same level in one query.</summary>
    /// <param name="scope">Tells apart batches whose query depends on the field's selection or arguments (pass the field's AST node).</param>
    public static IDataLoaderResult<IReadOnlyList<TChild>> LoadChildren<TChild>(this IResolveFieldContext context, string name, int parentId,
        Func<IReadOnlyCollection<int>, IQueryable<TChild>> query, Func<TChild, int> parentIdOf, object? scope = null)
    {
        return context.Loaders().Get<int, IReadOnlyList<TChild>>(name, scope, async (ids, cancellationToken) =>
        {
            var rows = await query(ids).ToListAsync(cancellationToken);
            return rows.GroupBy(parentIdOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)g.ToList());
        }, []).Load(parentId);
    }
}
