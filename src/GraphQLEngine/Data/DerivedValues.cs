using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Resolves every derived field (<see cref="EntityDeclaration{T}.Derived{TValue}"/>) from the selector it is declared with,
/// the one that filters and sorts translate too: a value is what SQL says it is, never a second statement of the rule.
/// The derived fields asked of the rows of one level are read together, in one statement: the rows by their keys, each
/// field its selector in the SELECT list.
/// </summary>
public static class DerivedValues
{
    /// <summary>The value of <paramref name="field"/> (a derived field of the entity, or one of <see cref="Of"/>) for the context's row.</summary>
    public static IDataLoaderResult<object?> Load<T>(IResolveFieldContext context, EntityDeclaration<T> entity, FieldDeclaration field)
        where T : class
    {
        var db = context.Data();
        var key = Keys<T>.For(db);
        var services = context.RequestServices;
        return context.Loaders()
            .Get<(object Key, FieldDeclaration Field), object?>($"{entity.Name}.derived", null, (asked, cancellationToken) =>
                FetchAsync(db, key, asked, services, cancellationToken), null)
            .Load((key.Of((T)context.Source!), field));
    }

    /// <summary>
    /// A value a resolver reads along with the derived fields, in the same statement, without showing it as a field
    /// (the id of a task's latest report, which <c>latestReport</c> then loads).
    /// </summary>
    public static FieldDeclaration Of<T, TValue>(string name, Expression<Func<T, TValue>> selector) => new()
    {
        Name = name, Description = "", Kind = FieldKind.Scalar, Selector = selector, ValueType = typeof(TValue), Filterable = false, IsDerived = true,
    };

    private static async Task<IReadOnlyDictionary<(object Key, FieldDeclaration Field), object?>> FetchAsync<T>(DbContext db, Keys<T> key,
        IReadOnlyCollection<(object Key, FieldDeclaration Field)> asked, IServiceProvider? services, CancellationToken cancellationToken)
        where T : class
    {
        var fields = asked.Select(a => a.Field).Distinct().ToList();
        var wanted = asked.Select(a => a.Key).ToHashSet();
        var row = Expression.Parameter(typeof(T), "row");
        var columns = key.Properties.Select(p => (Expression)Expression.Property(row, p))
            .Concat(fields.Select(f => f.Read(row, services)))
            .Select(value => (Expression)Expression.Convert(value, typeof(object)));
        var select = Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), columns), row);

        // The rows are found by the first part of their key (a link's task), then matched whole here.
        var first = key.Properties[0];
        var firstValues = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(first.PropertyType))!;
        foreach (var value in wanted.Select(k => key.Parts(k)[0]).Distinct())
        {
            firstValues.Add(value);
        }
        var found = Expression.Lambda<Func<T, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [first.PropertyType],
            QueryParameter.Of(firstValues, firstValues.GetType()), Expression.Property(row, first)), row);

        // A row hidden from lists (a withdrawn task) still shows its values where it is reached.
        var rows = await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(found).Select(select).ToListAsync(cancellationToken);
        var values = new Dictionary<(object Key, FieldDeclaration Field), object?>();
        var width = key.Properties.Count;
        foreach (var read in rows)
        {
            var rowKey = key.Join(read[..width]);
            if (!wanted.Contains(rowKey))
            {
                continue;
            }
            for (var i = 0; i < fields.Count; i++)
            {
                values[(rowKey, fields[i])] = read[width + i];
            }
        }
        return values;
    }

    /// <summary>An entity's primary key as the loader keys rows: its value, or a tuple of its two parts (a link).</summary>
    private sealed class Keys<T>(IReadOnlyList<System.Reflection.PropertyInfo> properties)
    {
        private static Keys<T>? _known;

        public IReadOnlyList<System.Reflection.PropertyInfo> Properties { get; } = properties;

        public static Keys<T> For(DbContext db) => _known ??= new Keys<T>(
            db.Model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties.Select(p => p.PropertyInfo!).ToList() is { Count: 1 or 2 } parts
                ? parts
                : throw new InvalidOperationException($"{typeof(T).Name} has no primary key of one or two properties: derived values need one"));

        public object Of(T row) => Join(Properties.Select(p => p.GetValue(row)).ToArray());

        public object Join(object?[] parts) => parts.Length == 1 ? parts[0]! : (parts[0]!, parts[1]!);

        public object?[] Parts(object key) => key is ValueTuple<object, object> pair ? [pair.Item1, pair.Item2] : [key];
    }
}
