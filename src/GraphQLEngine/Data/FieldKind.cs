namespace Wuzhong.GraphQLEngine.Data;

/// <summary>How a described field is filtered: by operators on a value, through a related object, or over a list.</summary>
public enum FieldKind
{
    Scalar,
    Object,
    List,
}
