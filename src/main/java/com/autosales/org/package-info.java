/** Organisation (组织架构): group, stores, departments, teams, regions, positions and employees. */
package com.autosales.org;
