package vn.hdndso.petitions.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The module's daily deadline watch needs Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PetitionsConfiguration {}
