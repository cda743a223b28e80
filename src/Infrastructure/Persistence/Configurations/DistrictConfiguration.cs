using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.PrimitiveCollection(d => d.Aliases);
        builder.HasMany(d => d.Members).WithOne(m => m.Collective).HasForeignKey(m => m.CollectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}
