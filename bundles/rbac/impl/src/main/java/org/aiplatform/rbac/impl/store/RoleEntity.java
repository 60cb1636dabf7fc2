package org.aiplatform.rbac.impl.store;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.rbac.api.Role;

/** Row of {@code rbac_role}: permission patterns kept space separated. */
@Entity
@Table(name = "rbac_role")
public class RoleEntity {
    @Id
    @Column(name = "name")
    private String name;
    @Column(name = "description")
    private String description;
    @Column(name = "permissions")
    private String permissions;
    @Column(name = "built_in")
    private boolean builtIn;

    protected RoleEntity() {
        // for JPA
    }

    public RoleEntity(String name, String description, Set<String> permissions) {
        this.name = name;
        this.description = description;
        this.permissions = String.join(" ", new TreeSet<>(permissions));
    }

    public Role toRole() {
        return new Role(name, description, patterns(), builtIn);
    }

    public Set<String> patterns() {
        return permissions.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(permissions.trim().split("\\s+")));
    }

    public boolean builtIn() {
        return builtIn;
    }

    public void change(String newDescription, Set<String> newPermissions) {
        if (newDescription != null) {
            this.description = newDescription;
        }
        if (newPermissions != null) {
            this.permissions = String.join(" ", new TreeSet<>(newPermissions));
        }
    }
}
