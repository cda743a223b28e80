using System.Collections;
using Mapster;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// How the drafts the plan text becomes are copied onto entities, new or already stored: their values by name (a second
/// import of the same text sets the same values, and EF writes nothing). Lists are not copied: their links are
/// synchronised by <see cref="PlanImporter"/> in the document's order, which no name-by-name copy can say.
/// </summary>
public static class ImportMappings
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig();
        config.Default.IgnoreMember((member, _) => member.Type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(member.Type));
        config.NewConfig<PlanPreamble, Plan>();
        config.NewConfig<TargetDraft, Target>();
        config.NewConfig<SectionDraft, Section>();
        config.NewConfig<GroupDraft, TaskGroup>();
        config.NewConfig<TaskDraft, WorkTask>();
        // Compiled once, when first used: a mapping that cannot be built fails there, not halfway through an import.
        config.Compile();
        return config;
    }
}
