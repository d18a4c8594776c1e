package org.kasang.organisations;

/** How a list of CBOs is ordered: by name, or by place (province and district, in gazetteer order). */
public enum CboOrder {
    NAME, PLACE
}
