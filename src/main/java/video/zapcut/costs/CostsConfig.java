package video.zapcut.costs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger and its prices: the built-in table, overridden by
 * {@code zapcut.prices.<provider>.<model with / as __>.<unit>=cents} (units per million for tokens).
 */
@Configuration(proxyBeanMethods = false)
public class CostsConfig {
    static final String PRICES = "zapcut.prices.";

    @Bean
    PriceTable priceTable(Environment env) {
        PriceTable t = PriceTable.defaults();
        if (env instanceof ConfigurableEnvironment c) {
            for (PropertySource<?> source : c.getPropertySources()) {
                if (!(source instanceof EnumerablePropertySource<?> names)) continue;
                for (String name : names.getPropertyNames()) {
                    if (name.startsWith(PRICES)) override(t, name, env.getProperty(name));
                }
            }
        }
        return t;
    }

    /** {@code zapcut.prices.openai.gpt-image-1.5.image}: provider first, unit last, the model between (dots allowed). */
    static void override(PriceTable t, String name, String value) {
        String rest = name.substring(PRICES.length());
        int first = rest.indexOf('.'), last = rest.lastIndexOf('.');
        if (first <= 0 || last <= first || value == null) {
            throw new IllegalArgumentException(name + ": expected zapcut.prices.<provider>.<model>.<unit>=<cents>");
        }
        String unit = rest.substring(last + 1).toLowerCase(Locale.ROOT);
        if (!PriceTable.UNITS.contains(unit)) {
            throw new IllegalArgumentException(name + ": the unit must be one of " + PriceTable.UNITS);
        }
        try {
            t.put(rest.substring(0, first), rest.substring(first + 1, last).replace("__", "/"), unit, Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a price in cents", e);
        }
    }

    @Bean
    CostLedger costLedger(JdbcClient jdbc, TransactionTemplate tx, PriceTable prices, Environment env,
                          ObjectProvider<MeterRegistry> registry) {
        // The command line has no actuator registry; the spend counter then goes nowhere.
        return new CostLedger(jdbc, tx, prices, env.getProperty("zapcut.costs.budget-cents", Long.class, 5000L),
                registry.getIfAvailable(SimpleMeterRegistry::new));
    }
}
