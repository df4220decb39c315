package com.autosales.customers;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** A customer's card sections as the page shows and edits them; {@code version} guards every section's form. */
public record ProfileCard(long version, ProfileBasic basic, ProfileTraits traits, ProfileBusiness business,
        ProfileTrading trading, ProfileClassification classification) {

    static ProfileCard blank() {
        return new ProfileCard(-1, new ProfileBasic(null, null, null, null, null, null, null, null, null, null),
                new ProfileTraits(null, null, null, null, null, null), new ProfileBusiness(null, null, null),
                new ProfileTrading(null, null, null, null, null, null),
                new ProfileClassification(null, null, null, null, null, null, null));
    }

    public List<ProfileSection> sections() {
        return List.of(basic, traits, business, trading, classification);
    }

    public ProfileSection section(String key) {
        return sections().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** One field's value, by the field's name, for the page. */
    public Object value(String key, String field) {
        ProfileSection section = section(key);
        for (RecordComponent component : section.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(section);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(field);
    }
}
