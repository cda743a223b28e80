namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>The filter operators, with HotChocolate's names and descriptions.</summary>
public static class Operators
{
    public sealed record Operator(string Name, string Description, bool TakesList = false);

    public static readonly Operator Eq = new("eq", "Equal to the value; `eq: null` matches a missing value.");
    public static readonly Operator Neq = new("neq", "Not equal to the value.");
    public static readonly Operator In = new("in", "Equal to one of the values; `in: []` matches nothing. Null in the list matches a missing value, on a field that can be null.", TakesList: true);
    public static readonly Operator Nin = new("nin", "Equal to none of the values; `nin: []` matches everything.", TakesList: true);
    public static readonly Operator Contains = new("contains", "Contains the text.");
    public static readonly Operator NContains = new("ncontains", "Does not contain the text.");
    public static readonly Operator StartsWith = new("startsWith", "Starts with the text.");
    public static readonly Operator NStartsWith = new("nstartsWith", "Does not start with the text.");
    public static readonly Operator EndsWith = new("endsWith", "Ends with the text.");
    public static readonly Operator NEndsWith = new("nendsWith", "Does not end with the text.");
    public static readonly Operator Gt = new("gt", "Greater than the value.");
    public static readonly Operator NGt = new("ngt", "Not greater than the value.");
    public static readonly Operator Gte = new("gte", "Greater than or equal to the value.");
    public static readonly Operator NGte = new("ngte", "Not greater than or equal to the value.");
    public static readonly Operator Lt = new("lt", "Less than the value.");
    public static readonly Operator NLt = new("nlt", "Not less than the value.");
    public static readonly Operator Lte = new("lte", "Less than or equal to the value.");
    public static readonly Operator NLte = new("nlte", "Not less than or equal to the value.");

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
}
