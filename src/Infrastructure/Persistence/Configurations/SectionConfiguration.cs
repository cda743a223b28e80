using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => new { s.PlanId, s.Ordinal }).IsUnique();
        builder.HasMany(s => s.Groups).WithOne(g => g.Section).HasForeignKey(g => g.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
