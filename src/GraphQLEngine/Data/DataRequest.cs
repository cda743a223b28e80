using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>What one connection field asks for: a filter (none: everything), an ordering and a page.</summary>
public sealed record DataRequest<T>(Expression<Func<T, bool>>? Filter, IReadOnlyList<SortKey> Order, PageRequest Page)
{
    public IQueryable<T> Filtered(IQueryable<T> source) => Filter is null ? source : source.Where(Filter);
}
