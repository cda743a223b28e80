using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(256).IsRequired();
        builder.Property(g => g.Unit).HasMaxLength(16).IsRequired();
        builder.Property(g => g.Text).HasMaxLength(512).IsRequired();
        builder.HasIndex(g => new { g.WorkTaskId, g.Number });
        builder.HasIndex(g => new { g.TargetId, g.Number });
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(g => g.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        // Plans reach goals through tasks already: a second cascade path (through targets) is one SQL Server refuses.
        // The importer removes a removed target's goals itself.
        builder.HasOne<Target>().WithMany().HasForeignKey(g => g.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_Goals_OneOwner",
            "(\"WorkTaskId\" IS NULL AND \"TargetId\" IS NOT NULL) OR (\"WorkTaskId\" IS NOT NULL AND \"TargetId\" IS NULL)"));
    }
}
