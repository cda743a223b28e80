using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// A value that reaches SQL as a parameter. EF inlines a constant into the SQL text, so every new filter value,
/// cursor or id list was a new query for EF's query cache and for the database's plan cache, and text such as a NUL
/// character went into the statement itself. A member read from a captured object is what EF's funcletizer turns
/// into a parameter, as it does for a C# closure: this builds that shape.
/// </summary>
public static class QueryParameter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Factories = new();

    /// <summary><c>holder.Value</c>, typed <paramref name="type"/>, holding <paramref name="value"/>.</summary>
    public static Expression Of(object? value, Type type) =>
        Factories.GetOrAdd(type, static t => (Func<object?, Expression>)typeof(QueryParameter)
            .GetMethod(nameof(Typed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(t).CreateDelegate(typeof(Func<object?, Expression>)))(value);

    public static Expression Of<T>(T value) => Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private static Expression Typed<T>(object? value) => Of((T)value!);

    /// <summary>The captured object; EF names the parameter after its member.</summary>
    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
