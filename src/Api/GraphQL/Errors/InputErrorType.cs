using GraphQL.Types;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Errors;

/// <summary>A rule a mutation's input broke: its code, a message, and the input field's path.</summary>
public sealed class InputErrorType : ObjectGraphType<RuleViolation>
{
    public InputErrorType()
    {
        Name = "InputError";
        Description = "A rule the input broke; when a payload has any, nothing was written.";
        Field<NonNullGraphType<InputErrorCodeType>>("code")
            .Description("What went wrong, for programs: e.g. PERIOD_CLOSED, NOT_RESPONSIBLE, OUT_OF_RANGE.")
            .Resolve(c => c.Source.Code);
        Field(e => e.Message).Description("What went wrong, for people.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("The input field at fault, e.g. [\"input\", \"progressPercent\"].")
            .Resolve(c => new[] { "input", c.Source.Field });
    }
}
