// Azure resources for one Switchboard deployment, deployed by `teamsapp provision` (arm/deploy in
// teamsapp.yml) with the values of infra/azure.parameters.json filled from env/.env.<env>(.user):
//
//   - App Service plan + Web App (Linux, Node 20) running the server (`npm start`), built by App Service
//     (Oryx) on deploy, with the settings the server reads (README, "Configuration");
//   - Azure Database for PostgreSQL flexible server + database (DATABASE_URL), so any number of instances
//     share one store;
//   - the Azure Bot with its Microsoft Teams channel, calling enabled, calling webhook ${botEndpoint}/api/calling.
//
// Secrets arrive as secure parameters and land in app settings (encrypted at rest by App Service). A Key Vault
// with Key Vault references is the stricter option; it needs a role assignment, which a Contributor cannot make.

@description('Prefix of every resource name; a hash of the resource group is added so names are unique.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

param location string = resourceGroup().location

@description('Client id of the Entra app that is the bot, the Graph caller and the API (BOT_ID).')
param botAppId string

@description('Tenant of that Entra app: the Azure Bot is registered single-tenant in it.')
param botAppTenantId string

@description('Client secret of the bot app (BOT_PASSWORD).')
@secure()
param botPassword string

@description('Name shown for the bot in Azure.')
@maxLength(42)
param botDisplayName string

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('App Service plan tier. B1 is the smallest with Always On, which the server needs for its timers.')
param webAppSku string = 'B1'

@description('Contact-center file the server loads, relative to the deployed folder (CONTACT_CENTER_CONFIG).')
param contactCenterConfig string

param postgresAdminLogin string = 'switchboard'

@description('Administrator password of the PostgreSQL server (SECRET_POSTGRES_ADMIN_PASSWORD in env/.env.<env>.user).')
@secure()
@minLength(8)
param postgresAdminPassword string

param postgresDatabaseName string = 'switchboard'

@description('PostgreSQL compute: Burstable B1ms is the smallest; use GeneralPurpose for production load.')
param postgresSkuName string = 'Standard_B1ms'
param postgresSkuTier string = 'Burstable'

var baseName = toLower('${resourceBaseName}-${take(uniqueString(resourceGroup().id), 6)}')
var botDomain = webApp.properties.defaultHostName
var botEndpoint = 'https://${botDomain}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: baseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: baseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      webSocketsEnabled: true // the tabs' realtime stream
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // Read by the server (src/config/env.schema.ts). PORT is set by App Service.
    BOT_ID: botAppId
    BOT_PASSWORD: botPassword
    BOT_ENDPOINT: botEndpoint
    DATABASE_URL: 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${postgresDatabaseName}?sslmode=require'
    CONTACT_CENTER_CONFIG: contactCenterConfig
    NODE_ENV: 'production'
    // Deployment: App Service runs `npm install` and `npm run build` on Linux after each zip deploy. The build
    // (the tabs) needs devDependencies, which NODE_ENV=production would leave out, so include them.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    NPM_CONFIG_INCLUDE: 'dev'
  }
  dependsOn: [
    database
    allowAzureServices
  ]
}

// The toolkit's azureAppService/zipDeploy authenticates to Kudu with the site's publishing credentials
// (basic auth), which new sites may have switched off. FTP stays off.
resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: true
  }
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's rule for "allow Azure services", which includes the Web App. For a private
// server, put both on a virtual network instead.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// New Azure Bots are single-tenant (multi-tenant bot creation ended on 31 July 2025); the Entra app itself is
// multi-tenant so customer tenants can consent to its Graph permissions.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: baseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${botEndpoint}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botAppTenantId
  }
}

// The Teams channel with calling: "Enable calling" and "Webhook (for calling)" of the portal's Calling tab.
resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: true
      callingWebhook: '${botEndpoint}/api/calling'
      // The value the Azure portal writes for calls delivered through Microsoft Graph.
      incomingCallRoute: 'graphPma'
    }
  }
}

// Written to env/.env.<env> by arm/deploy (names as they are).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = botDomain
output BOT_ENDPOINT string = botEndpoint
