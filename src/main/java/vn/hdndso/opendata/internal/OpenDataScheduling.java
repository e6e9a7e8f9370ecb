package vn.hdndso.opendata.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs (the nightly bulk export). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OpenDataScheduling {}
