using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Resolves connection fields: a root connection in one SQL statement (plus one for totalCount when selected);
/// a nested connection (Department.tasks …) for all parents at one level in one SQL statement, each parent's
/// page cut in SQL (EF translates the per-parent Take into a window function).
/// </summary>
public static class ConnectionResolver
{
    public static async Task<Connection<T>> ResolveAsync<T>(IResolveFieldContext context, IQueryable<T> source, EntityDeclaration<T> entity)
        where T : class
    {
        var request = DataArguments.Read(context, entity);
        var filtered = request.Filtered(source.AsNoTracking());
        var db = context.Data();
        var projection = Projection.For<T>(db, entity, SelectionSets.NodeFields(context));
        // A query that asks only for totalCount or aggregates reads no page.
        // Parents filtered or ranked by their lists' measures compute them once, grouped, not per parent (ListMeasureHoisting).
        var rows = ReadsPage(context)
            ? await ListMeasureHoisting.Apply<T, PageRow<T>>(KeysetPaging.Page(filtered, request.Order, request.Page, projection, ReadsCursors(context)), db)
                .ToListAsync(context.CancellationToken)
            : [];
        int? total = context.Selects("totalCount") ? await ListMeasureHoisting.Apply<T, T>(filtered, db).CountAsync(context.CancellationToken) : null;
        return KeysetPaging.ToConnection(rows, request.Order, request.Page, total) with
        {
            Scope = new ConnectionScope<T>(0, _ => filtered.Select(item => new Scoped<T> { ScopeId = 0, Item = item }), context.FieldAst),
        };
    }

    private static bool ReadsPage(IResolveFieldContext context) =>
        context.Selects("nodes") || context.Selects("edges") || context.Selects("pageInfo");

    /// <summary>Whether a cursor may be asked for (an edge's, or pageInfo's start and end): only then are the rows' keys read.</summary>
    private static bool ReadsCursors(IResolveFieldContext context) => context.Selects("edges") || context.Selects("pageInfo");

    /// <param name="name">Names the batch, e.g. "Department.tasks".</param>
    /// <param name="parentId">The id of the parent whose page this field resolves.</param>
    /// <param name="children">The parent's children as a query, e.g. a department's tasks.</param>
    /// <param name="parents">Where the parents are found by id; the entity's set unless a parent hidden from lists (a
    /// withdrawn task) still has children to show.</param>
    public static IDataLoaderResult<Connection<TNode>> ResolveNested<TParent, TNode>(IResolveFieldContext context, string name, int parentId,
        Expression<Func<TParent, IQueryable<TNode>>> children, EntityDeclaration<TNode> entity, IQueryable<TParent>? parents = null)
        where TParent : class
        where TNode : class
    {
        var request = DataArguments.Read(context, entity);
        var withTotal = context.Selects("totalCount");
        var withKeys = ReadsCursors(context);
        var db = context.Data();
        parents ??= db.Set<TParent>();
        var projection = Projection.For<TNode>(db, entity, SelectionSets.NodeFields(context));
        var empty = KeysetPaging.ToConnection<TNode>([], request.Order, request.Page, withTotal ? 0 : null);
        var scope = new ConnectionScope<TNode>(parentId, scopes => ScopedChildren(parents, scopes, children, request), context.FieldAst);
        if (!ReadsPage(context) && !withTotal)
        {
            // Only aggregates: they read the scope's rows themselves; no page is read.
            return DataLoaderResults.Known(empty with { Scope = scope });
        }

        // Arguments differ between occurrences of the field in the document: one batch per occurrence.
        return context.Loaders().Get<int, Connection<TNode>>(name, context.FieldAst, async (ids, cancellationToken) =>
        {
            var pages = await NestedPages(parents, ids, children, request, projection, withTotal, withKeys).ToListAsync(cancellationToken);
            return pages.ToDictionary(p => p.ParentId, p => KeysetPaging.ToConnection(p.Rows, request.Order, request.Page, withTotal ? p.TotalCount : null));
        }, empty).Load(parentId).Then(connection => connection with { Scope = scope });
    }

    /// <summary>parents.Where(p => ids.Contains(p.Id)).SelectMany(p => filtered children(p), (p, c) => new Scoped { ScopeId = p.Id, Item = c })</summary>
    private static IQueryable<Scoped<TNode>> ScopedChildren<TParent, TNode>(IQueryable<TParent> parents, IReadOnlyCollection<int> ids,
        Expression<Func<TParent, IQueryable<TNode>>> children, DataRequest<TNode> request)
        where TParent : class
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var child = Expression.Parameter(typeof(TNode), "child");
        var filteredChildren = request.Filtered(new EnumerableQuery<TNode>(ParameterReplacer.Inline(children, parent))).Expression;
        var collection = Expression.Lambda<Func<TParent, IEnumerable<TNode>>>(filteredChildren, parent);
        var result = Expression.Lambda<Func<TParent, TNode, Scoped<TNode>>>(
            Expression.MemberInit(Expression.New(typeof(Scoped<TNode>)),
                Expression.Bind(typeof(Scoped<TNode>).GetProperty(nameof(Scoped<TNode>.ScopeId))!, Expression.Property(parent, "Id")),
                Expression.Bind(typeof(Scoped<TNode>).GetProperty(nameof(Scoped<TNode>.Item))!, child)),
            parent, child);
        var idList = ids.ToList();
        var inScope = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], QueryParameter.Of(idList), Expression.Property(parent, "Id")), parent);
        return parents.AsNoTracking().Where(inScope).SelectMany(collection, result);
    }

    /// <summary>parents.Where(p => ids.Contains(p.Id)).Select(p => new ParentPage { ParentId = p.Id, Rows = page of children(p), TotalCount = children(p).Count() })</summary>
    private static IQueryable<ParentPage<TNode>> NestedPages<TParent, TNode>(IQueryable<TParent> parents, IReadOnlyCollection<int> ids,
        Expression<Func<TParent, IQueryable<TNode>>> children, DataRequest<TNode> request, Expression<Func<TNode, TNode>>? projection, bool withTotal,
        bool withKeys)
        where TParent : class
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var parentId = Expression.Property(parent, "Id");

        // Compose the paging operators on the correlated child query as if it were a query of its own.
        var childQuery = request.Filtered(new EnumerableQuery<TNode>(ParameterReplacer.Inline(children, parent)));
        var pageQuery = KeysetPaging.Page(childQuery, request.Order, request.Page, projection, withKeys);

        var rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(PageRow<TNode>)], pageQuery.Expression);
        Expression count = withTotal
            ? Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TNode)], childQuery.Expression)
            : Expression.Constant(0);
        var selector = Expression.Lambda<Func<TParent, ParentPage<TNode>>>(
            Expression.MemberInit(Expression.New(typeof(ParentPage<TNode>)),
                Expression.Bind(typeof(ParentPage<TNode>).GetProperty(nameof(ParentPage<TNode>.ParentId))!, parentId),
                Expression.Bind(typeof(ParentPage<TNode>).GetProperty(nameof(ParentPage<TNode>.Rows))!, rows),
                Expression.Bind(typeof(ParentPage<TNode>).GetProperty(nameof(ParentPage<TNode>.TotalCount))!, count)),
            parent);

        var idList = ids.ToList();
        var filter = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], QueryParameter.Of(idList), parentId), parent);
        return parents.AsNoTracking().Where(filter).Select(selector);
    }
}
