namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>Which operators a value's filter input offers.</summary>
public enum OperationKind
{
    /// <summary>eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith</summary>
    String,

    /// <summary>eq neq in nin gt ngt gte ngte lt nlt lte nlte</summary>
    Comparable,

    /// <summary>eq neq in nin</summary>
    Enum,

    /// <summary>eq neq</summary>
    Boolean,
}
