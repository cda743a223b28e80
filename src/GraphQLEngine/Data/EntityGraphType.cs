using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The object type of an entity, made from its declaration: its name and description, <c>id</c> and the Node interface
/// for a node, a field for every value and related entity declared as shown. A subclass adds only what the
/// declaration cannot say: lists, connections, computed fields.
/// </summary>
public abstract class EntityGraphType<T> : ObjectGraphType<T>
    where T : class
{
    protected EntityGraphType(EntityDeclaration<T> entity)
    {
        _entity = entity;
        Name = entity.Name;
        Description = entity.TypeDescription;
        if (entity.IsNode)
        {
            Interface<NodeInterface>();
            IsTypeOf = value => value is T;
            var typeName = entity.Name;
            Field<NonNullGraphType<IdGraphType>>("id")
                .Description("The global, opaque id of this node.")
                .Resolve(context => GlobalId.Encode(typeName, EntityId<T>.Of(context.Source)));
        }
        foreach (var field in entity.Fields.Where(f => f.Resolve is not null || f.IsDerived))
        {
            var declared = field;
            AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                ResolvedType = OutputType(field),
                Resolver = field.IsDerived
                    ? new FuncFieldResolver<object?>(context => DerivedValues.Load(context, entity, declared))
                    : new FuncFieldResolver<object?>(field.Resolve!),
            });
        }
    }

    private readonly EntityDeclaration<T> _entity;

    /// <summary>A field the declaration names (a list resolved by hand), with the declared description.</summary>
    protected FieldBuilder<T, object> Declared(string name, IGraphType type) =>
        Field(name, type).Description(_entity.DescriptionOf(name));

    /// <summary>A non-null list of non-null entities: <c>[District!]!</c>.</summary>
    protected static IGraphType ListOf(IEntityDeclaration element) =>
        new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(element.Name))));

    private static IGraphType OutputType(FieldDeclaration field)
    {
        IGraphType named = field.Kind == FieldKind.Object
            ? new GraphQLTypeReference(field.Target!().Name)
            : field.ValueType == typeof(List<string>)
                ? new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("String")))
                : new GraphQLTypeReference(field.TypeName ?? FilterTypeNames.Scalar(field.ValueType));
        return field.Nullable ? named : new NonNullGraphType(named);
    }
}
