using System.Linq.Expressions;
using System.Reflection;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>
/// The filter operators, with HotChocolate's names and descriptions: one row each, from which the operation input
/// types take their fields (<see cref="Of"/>), <see cref="FilterExpressionBuilder"/> the LINQ (<see cref="Operator.Build"/>)
/// and <see cref="FilterValidation"/> what a null means (<see cref="Operator.Operand"/>). Adding an operator is one row here
/// and its name in the kinds of <see cref="Of"/>.
/// </summary>
public static class Operators
{
    /// <summary>What an operator takes, and so what null given to it means.</summary>
    public enum OperandKind
    {
        /// <summary>A value, or null for a missing value (<c>eq</c>, <c>neq</c>).</summary>
        ValueOrNull,

        /// <summary>A list, never null: <c>[]</c> for none (<c>in</c>, <c>nin</c>).</summary>
        List,

        /// <summary>A value, never null (comparisons and text).</summary>
        Value,
    }

    /// <param name="Negated">Matches where its positive form does not (<c>neq</c>, <c>nin</c>, <c>ncontains</c> …).</param>
    /// <param name="Build">(the column, the operand) => the condition.</param>
    public sealed record Operator(string Name, string Description, OperandKind Operand, bool Negated, Func<Expression, object?, Expression> Build)
    {
        public bool TakesList => Operand == OperandKind.List;

        public bool NeedsValue => Operand == OperandKind.Value;
    }

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static readonly Operator Eq = new("eq", "Equal to the value; `eq: null` matches a missing value.", OperandKind.ValueOrNull, false, FilterOperands.Equal);
    public static readonly Operator Neq = Not(Eq, "neq", "Not equal to the value.");
    public static readonly Operator In = new("in", "Equal to one of the values; `in: []` matches nothing. Null in the list matches a missing value, on a field that can be null.",
        OperandKind.List, false, FilterOperands.In);
    public static readonly Operator Nin = Not(In, "nin", "Equal to none of the values; `nin: []` matches everything.");
    public static readonly Operator Contains = Text("contains", "Contains the text.", StringContains);
    public static readonly Operator NContains = Not(Contains, "ncontains", "Does not contain the text.");
    public static readonly Operator StartsWith = Text("startsWith", "Starts with the text.", StringStartsWith);
    public static readonly Operator NStartsWith = Not(StartsWith, "nstartsWith", "Does not start with the text.");
    public static readonly Operator EndsWith = Text("endsWith", "Ends with the text.", StringEndsWith);
    public static readonly Operator NEndsWith = Not(EndsWith, "nendsWith", "Does not end with the text.");
    public static readonly Operator Gt = Comparison("gt", "Greater than the value.", Expression.GreaterThan);
    public static readonly Operator NGt = Not(Gt, "ngt", "Not greater than the value.");
    public static readonly Operator Gte = Comparison("gte", "Greater than or equal to the value.", Expression.GreaterThanOrEqual);
    public static readonly Operator NGte = Not(Gte, "ngte", "Not greater than or equal to the value.");
    public static readonly Operator Lt = Comparison("lt", "Less than the value.", Expression.LessThan);
    public static readonly Operator NLt = Not(Lt, "nlt", "Not less than the value.");
    public static readonly Operator Lte = Comparison("lte", "Less than or equal to the value.", Expression.LessThanOrEqual);
    public static readonly Operator NLte = Not(Lte, "nlte", "Not less than or equal to the value.");

    private static readonly Dictionary<string, Operator> ByName = new[]
    {
        Eq, Neq, In, Nin, Contains, NContains, StartsWith, NStartsWith, EndsWith, NEndsWith, Gt, NGt, Gte, NGte, Lt, NLt, Lte, NLte,
    }.ToDictionary(op => op.Name, StringComparer.Ordinal);

    /// <summary>The operator of that name; null for anything else (<c>and</c>, <c>or</c>, a field).</summary>
    public static Operator? Named(string name) => ByName.GetValueOrDefault(name);

    public static IReadOnlyList<Operator> Of(OperationKind kind) => kind switch
    {
        OperationKind.String => [Eq, Neq, Contains, NContains, In, Nin, StartsWith, NStartsWith, EndsWith, NEndsWith],
        OperationKind.Comparable => [Eq, Neq, In, Nin, Gt, NGt, Gte, NGte, Lt, NLt, Lte, NLte],
        OperationKind.Enum => [Eq, Neq, In, Nin],
        _ => [Eq, Neq],
    };

    public static OperationKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? OperationKind.String
            : type == typeof(bool) ? OperationKind.Boolean
            : type.IsEnum ? OperationKind.Enum
            : OperationKind.Comparable;
    }

    private static Operator Not(Operator positive, string name, string description) =>
        new(name, description, positive.Operand, true, (value, operand) => Expression.Not(positive.Build(value, operand)));

    private static Operator Text(string name, string description, MethodInfo method) =>
        new(name, description, OperandKind.Value, false, (value, operand) => Expression.Call(value, method, FilterOperands.Value(operand, typeof(string))));

    private static Operator Comparison(string name, string description, Func<Expression, Expression, BinaryExpression> compare) =>
        new(name, description, OperandKind.Value, false, (value, operand) => compare(value, FilterOperands.Value(operand, value.Type)));
}
