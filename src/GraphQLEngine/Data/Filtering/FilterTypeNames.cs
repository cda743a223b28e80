namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>HotChocolate's names for filter and sort input types, so its users find what they know.</summary>
public static class FilterTypeNames
{
    public static string Filter(string entity) => entity + "FilterInput";
    public static string Sort(string entity) => entity + "SortInput";
    public static string ListFilter(string entity) => "ListFilterInputTypeOf" + Filter(entity);
    public const string ListString = "ListStringOperationFilterInput";
    public const string SortEnum = "SortEnumType";

    /// <summary>The scalar a value of this CLR type is written as.</summary>
    /// <param name="typeName">
    /// The GraphQL name where it is not the CLR type's (FieldDeclaration.TypeName): an enum's, or a scalar's that
    /// parses to the stored value (YearMonth: "2023-06" to 202306).
    /// </param>
    public static string Scalar(Type type, string? typeName = null)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when typeName is not null => typeName,
            _ when type == typeof(string) => "String",
            _ when type == typeof(int) => "Int",
            _ when type == typeof(bool) => "Boolean",
            _ when type == typeof(decimal) => "Decimal",
            _ when type == typeof(double) => "Float",
            _ when type == typeof(DateOnly) => "Date",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "DateTime",
            _ when type.IsEnum => type.Name,
            _ => throw new NotSupportedException($"no GraphQL scalar for {type.Name}"),
        };
    }

    /// <summary>The operation input of a value type: StringOperationFilterInput, IntOperationFilterInput, TaskStatusOperationFilterInput …</summary>
    public static string Operations(Type type, string? typeName = null) =>
        type == typeof(List<string>) ? ListString : Scalar(type, typeName) + "OperationFilterInput";
}
