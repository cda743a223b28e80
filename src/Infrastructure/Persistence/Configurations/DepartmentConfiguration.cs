using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.PrimitiveCollection(d => d.Aliases);
    }
}
