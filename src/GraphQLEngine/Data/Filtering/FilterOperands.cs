using System.Collections;
using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>The operands of filter operators as LINQ: parameters of the column's type, so EF sends them as SQL parameters.</summary>
public static class FilterOperands
{
    public static Expression Equal(Expression value, object? operand)
    {
        if (operand is null)
        {
            return value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                ? Expression.Constant(false)
                : Expression.Equal(value, Expression.Constant(null, value.Type));
        }
        return Expression.Equal(value, Value(operand, value.Type));
    }

    public static Expression In(Expression value, object? operand)
    {
        var listType = typeof(List<>).MakeGenericType(value.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in Items(operand))
        {
            list.Add(item is null ? null : Convert(item, value.Type));
        }
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [value.Type], QueryParameter.Of(list, listType), value);
    }

    /// <summary>The operand as a SQL parameter of the column's type.</summary>
    public static Expression Value(object? operand, Type type) => QueryParameter.Of(operand is null ? null : Convert(operand, type), type);

    /// <summary>The parsed GraphQL value as the CLR type of the column it is compared with.</summary>
    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind)),
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            DateTime dateTime when target == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
            _ when target.IsEnum => Enum.ToObject(target, value),
            _ => System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : [];
}
