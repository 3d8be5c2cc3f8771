package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Localized;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A vocabulary term (a sector, a category or a milestone type): its names, its place in the vocabulary's order,
 * and for a category its usual sector.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(String id, String sector, Localized name, Localized definition, int position) {}
