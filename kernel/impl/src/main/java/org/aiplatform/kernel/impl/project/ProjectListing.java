package org.aiplatform.kernel.impl.project;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectQuery;

/**
 * One page of projects ordered by name key, resumed by keyset (names are unique) so that pages stay stable while
 * projects are created or deleted between requests.
 */
final class ProjectListing {

    private ProjectListing() {
    }

    static Page<Project> read(EntityManager em, ProjectQuery query, PageRequest page) {
        if (!query.scope().isAll() && query.scope().ids().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        StringBuilder jpql = new StringBuilder("select p from ProjectEntity p where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.state() != null) {
            jpql.append(" and p.state = :state");
            params.put("state", query.state().name());
        }
        if (query.nameContains() != null && !query.nameContains().isBlank()) {
            jpql.append(" and p.nameKey like :pattern escape '!'");
            params.put("pattern", "%" + escapeLike(query.nameContains().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!query.scope().isAll()) {
            jpql.append(" and p.id in :ids");
            params.put("ids", List.copyOf(query.scope().ids()));
        }
        if (page.cursor() != null) {
            jpql.append(" and p.nameKey > :after");
            params.put("after", page.cursor());
        }
        jpql.append(" order by p.nameKey");
        TypedQuery<ProjectEntity> typed = em.createQuery(jpql.toString(), ProjectEntity.class)
            .setMaxResults(page.maxResults() + 1);
        params.forEach(typed::setParameter);
        List<ProjectEntity> rows = typed.getResultList();
        boolean more = rows.size() > page.maxResults();
        List<ProjectEntity> shown = more ? rows.subList(0, page.maxResults()) : rows;
        String next = more ? ProjectRules.key(shown.get(shown.size() - 1).name()) : null;
        return Page.of(shown.stream().map(ProjectEntity::toProject).toList(), next);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
