using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Errors;

/// <summary>A mutation payload: the written value under its own name, and <c>errors</c>, empty on success.</summary>
public abstract class PayloadGraphType<TValueType, T> : ObjectGraphType<MutationPayload<T>>
    where TValueType : IGraphType
    where T : class
{
    protected PayloadGraphType(string name, string valueField)
    {
        Name = name;
        Description = $"What the mutation wrote ({valueField}), or why it wrote nothing (errors).";
        Field<TValueType>(valueField).Description("What was written; null when errors is not empty.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InputErrorType>>>>("errors")
            .Description("Empty on success; on any error nothing is written.")
            .Resolve(c => c.Source.Errors);
    }
}
