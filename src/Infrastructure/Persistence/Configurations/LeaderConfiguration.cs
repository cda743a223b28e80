using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(32).IsRequired();
        builder.HasIndex(l => l.Name).IsUnique();
        builder.PrimitiveCollection(l => l.Aliases);
    }
}
