namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>HotChocolate's names for filter and sort input types, so its users find what they know.</summary>
public static class FilterTypeNames
{
    private static readonly Dictionary<Type, string> EnumNames = [];

    /// <summary>Names the GraphQL enum type of a CLR enum (TaskProgressStatus is TaskStatus).</summary>
    public static void RegisterEnum<TEnum>(string graphQLName) where TEnum : struct, Enum => EnumNames[typeof(TEnum)] = graphQLName;

    public static string Filter(string entity) => entity + "FilterInput";
    public static string Sort(string entity) => entity + "SortInput";
    public static string ListFilter(string entity) => "ListFilterInputTypeOf" + Filter(entity);
    public const string ListString = "ListStringOperationFilterInput";
    public const string SortEnum = "SortEnumType";

    /// <summary>The scalar a value of this CLR type is written as.</summary>
    public static string Scalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "String",
            _ when type == typeof(int) => "Int",
            _ when type == typeof(bool) => "Boolean",
            _ when type == typeof(decimal) => "Decimal",
            _ when type == typeof(double) => "Float",
            _ when type == typeof(DateOnly) => "Date",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "DateTime",
            _ when type.IsEnum && EnumNames.TryGetValue(type, out var name) => name,
            _ => throw new NotSupportedException($"no GraphQL scalar for {type.Name}; register enums with {nameof(RegisterEnum)}"),
        };
    }

    /// <summary>The operation input of a value type: StringOperationFilterInput, IntOperationFilterInput, TaskStatusOperationFilterInput …</summary>
    public static string Operations(Type type) =>
        type == typeof(List<string>) ? ListString : Scalar(type) + "OperationFilterInput";
}
