/** Notification centre (消息中心): in-app inbox for every module, with outbox delivery to e-mail and group robots. */
package com.autosales.notifications;
